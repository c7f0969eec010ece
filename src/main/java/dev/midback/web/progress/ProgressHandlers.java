package dev.midback.web.progress;

import dev.midback.web.http.Visitor;
import dev.midback.catalog.Catalog;
import dev.midback.web.view.Pages;
import dev.midback.export.ProgressPdf;
import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalStore;
import dev.midback.journal.ProgressCalculator;
import dev.midback.journal.ProgressReport;
import dev.midback.plan.History;
import dev.midback.plan.Progression;
import dev.midback.plan.SessionRecord;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The progress page and the PDF report for a clinician, both from the same {@link ProgressReport}. */
public final class ProgressHandlers {

    private final JournalStore journal;
    private final Clock clock;
    private final Pages html;
    private final ProgressCalculator calculator;
    private final Progression progression;
    private final ProgressPages pages;
    private final ProgressPdf pdf;

    public ProgressHandlers(Catalog catalog, JournalStore journal, Clock clock, Pages html) {
        this.journal = journal;
        this.clock = clock;
        this.html = html;
        this.calculator = new ProgressCalculator(catalog);
        this.progression = new Progression(catalog);
        this.pages = new ProgressPages(catalog.guide().notice());
        this.pdf = new ProgressPdf(catalog.guide().notice());
    }

    public void page(Context ctx) {
        html.html(ctx, 200, "progress/show.jte", pages.progress(report(ctx)));
    }

    public void pdf(Context ctx) {
        ProgressReport report = report(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"midback-progress-" + report.today() + ".pdf\"");
        ctx.status(200).contentType("application/pdf").result(pdf.render(report));
    }

    /** The report as of today; each week is measured against the plan as it stood when the week began. */
    private ProgressReport report(Context ctx) {
        List<JournalEntry> entries = journal.list(Visitor.owner(ctx));
        List<SessionRecord> sessions = entries.stream().map(e -> e.toSession(clock.getZone())).toList();
        return calculator.report(entries,
                monday -> progression.sessionsPerWeek(new History(sessions.stream().filter(s -> s.date().isBefore(monday)).toList())),
                LocalDate.now(clock), clock.getZone());
    }
}
