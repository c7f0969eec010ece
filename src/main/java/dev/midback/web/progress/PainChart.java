package dev.midback.web.progress;

import dev.midback.journal.ProgressReport;
import dev.midback.web.view.DateText;
import dev.midback.web.view.PainText;
import java.util.ArrayList;
import java.util.List;

/**
 * Pain before and after each session over time, ready to draw: before as a solid line with round
 * points, after as a dashed line with square points (broken where it was not noted), a "!" over
 * sessions stopped for pain, and the same numbers as table rows.
 */
public record PainChart(String summary, int width, int height, Chart.Box plot, List<Chart.Tick> yTicks,
                        List<Chart.Tick> xTicks, String beforeLine, List<String> afterLines, List<Chart.Dot> before,
                        List<Chart.Dot> after, List<Chart.Dot> stops, List<Row> rows) {

    /** One session in the data table. */
    public record Row(String when, int before, String after, String change, boolean stoppedForPain) {
    }

    static PainChart of(ProgressReport report) {
        Chart.Box plot = new Chart.Box(34, 22, Chart.WIDTH - 12, 214);
        TimeAxis axis = new TimeAxis(report.shownFrom(), report.shownTo(), plot.left() + 8, plot.right() - 8);
        List<Chart.Tick> yTicks = new ArrayList<>();
        for (int v = 0; v <= 10; v += 2) {
            yTicks.add(new Chart.Tick(y(v, plot), Integer.toString(v)));
        }
        List<Chart.Dot> before = new ArrayList<>();
        List<Chart.Dot> after = new ArrayList<>();
        List<Chart.Dot> stops = new ArrayList<>();
        List<String> afterLines = new ArrayList<>();
        List<Chart.Dot> segment = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (ProgressReport.Session s : report.sessions()) {
            String when = DateText.when(s.time());
            double x = axis.at(s.time());
            before.add(new Chart.Dot(x, y(s.before(), plot), when + ": pain before " + s.before()));
            if (s.after() != null) {
                Chart.Dot dot = new Chart.Dot(x, y(s.after(), plot), when + ": pain after " + s.after());
                after.add(dot);
                segment.add(dot);
            } else {
                afterLines.add(Chart.polyline(segment));
                segment = new ArrayList<>();
            }
            if (s.stoppedForPain()) {
                stops.add(new Chart.Dot(x, Chart.round(y(Math.max(s.before(), s.after() == null ? 0 : s.after()), plot) - 10),
                        when + ": stopped for pain"));
            }
            rows.add(new Row(when, s.before(), s.after() == null ? "not noted" : s.after().toString(),
                    s.change().map(PainText::change).orElse(""), s.stoppedForPain()));
        }
        afterLines.add(Chart.polyline(segment));
        afterLines.removeIf(String::isEmpty);
        return new PainChart(summary(report), Chart.WIDTH, 250, plot, yTicks, axis.ticks(4), Chart.polyline(before),
                afterLines, before, after, stops, rows);
    }


    private static double y(int pain, Chart.Box plot) {
        return Chart.scale(pain, 0, 10, plot.bottom(), plot.top());
    }

    private static String summary(ProgressReport report) {
        List<ProgressReport.Session> sessions = report.sessions();
        ProgressReport.Session first = sessions.get(0);
        ProgressReport.Session last = sessions.get(sessions.size() - 1);
        String text = "Pain from 0 to 10 at " + count(sessions.size()) + ", " + DateText.range(report.shownFrom(), report.shownTo())
                + ". Before a session: " + (sessions.size() == 1 ? first.before() : first.before() + " at the first, " + last.before() + " at the latest") + ".";
        List<ProgressReport.Session> withAfter = sessions.stream().filter(s -> s.after() != null).toList();
        if (!withAfter.isEmpty()) {
            ProgressReport.Session a = withAfter.get(0);
            ProgressReport.Session b = withAfter.get(withAfter.size() - 1);
            text += " After: " + (withAfter.size() == 1 ? a.after() : a.after() + " at the first, " + b.after() + " at the latest") + ".";
        }
        long stopped = sessions.stream().filter(ProgressReport.Session::stoppedForPain).count();
        return text + (stopped == 0 ? "" : " Stopped for pain " + (stopped == 1 ? "once." : stopped + " times."));
    }

    private static String count(int sessions) {
        return sessions == 1 ? "1 session" : sessions + " sessions";
    }
}
