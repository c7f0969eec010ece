package dev.midback.web.progress;

import dev.midback.journal.PainTrend;
import dev.midback.journal.ProgressReport;
import dev.midback.web.http.Paths;
import dev.midback.web.view.DateText;
import java.util.List;

/** Turns a progress report into the progress page, charts and tables included. */
final class ProgressPages {

    private final String notice;

    ProgressPages(String notice) {
        this.notice = notice;
    }

    ProgressPage progress(ProgressReport report) {
        if (report.isEmpty()) {
            return new ProgressPage(notice, true, report.changeStatement(), "neutral", null, "", 0, null,
                    ProgressReport.WINDOW_WEEKS, null, null, List.of(), null, Paths.PROGRESS_PDF);
        }
        String tone = report.trend().map(ProgressPages::tone).orElse("neutral");
        return new ProgressPage(notice, false, report.changeStatement(), tone, report.reliefStatement().orElse(null),
                DateText.range(report.from(), report.to()), report.span().sessions(), report.coverage(), ProgressReport.WINDOW_WEEKS,
                report.sessions().isEmpty() ? null : PainChart.of(report), WeekChart.of(report),
                report.amounts().stream().map(a -> AmountChart.of(a, report.shownFrom(), report.shownTo())).toList(),
                CalendarChart.of(report), Paths.PROGRESS_PDF);
    }

    private static String tone(PainTrend trend) {
        return trend.mattersClinically() ? "better" : trend.risesClinically() ? "worse" : "neutral";
    }
}
