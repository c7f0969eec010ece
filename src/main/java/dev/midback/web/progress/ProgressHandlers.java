package dev.midback.web.progress;

import dev.midback.catalog.Catalog;
import dev.midback.export.ProgressPdf;
import dev.midback.journal.JournalStore;
import dev.midback.journal.ProgressCalculator;
import dev.midback.journal.ProgressReport;
import dev.midback.web.http.Visitor;
import dev.midback.web.view.Pages;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The progress page and the PDF report for a clinician, both from the same {@link ProgressReport}. */
public final class ProgressHandlers {

    private final JournalStore journal;
    private final Clock clock;
    private final Pages html;
    private final ProgressCalculator calculator;
    private final ProgressPages pages;
    private final ProgressPdf pdf;

    public ProgressHandlers(Catalog catalog, JournalStore journal, Clock clock, Pages html) {
        this.journal = journal;
        this.clock = clock;
        this.html = html;
        this.calculator = new ProgressCalculator(catalog);
        this.pages = new ProgressPages(catalog.guide().notice());
        this.pdf = new ProgressPdf(catalog);
    }

    public void page(Context ctx) {
        html.html(ctx, 200, "progress/show.jte", pages.progress(report(ctx)));
    }

    public void pdf(Context ctx) {
        ProgressReport report = report(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"midback-progress-" + report.today() + ".pdf\"");
        ctx.status(200).contentType("application/pdf").result(pdf.render(report));
    }

    /**
     * The report as of today, from the entries read a page at a time (those dated outside the window
     * every face accepts are passed over); each week is measured against the plan as it stood when
     * the week began.
     */
    private ProgressReport report(Context ctx) {
        Instant now = clock.instant();
        ProgressCalculator.Tally tally = calculator.tally(LocalDate.ofInstant(now, clock.getZone()), clock.getZone());
        journal.each(Visitor.owner(ctx), JournalStore.Order.OLDEST_FIRST, JournalStore.Window.sane(now), tally::add);
        return tally.report();
    }
}
