package dev.midback.export;

import dev.midback.catalog.Catalog;
import dev.midback.journal.ProgressReport;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A progress report to print or take to a clinician, as a PDF: the dates covered, whether pain
 * changed by an amount that matters, then over the recent weeks the report covers (so its length
 * does not grow with the journal) each session's pain, sessions per week against the plan, the
 * amount of each exercise (beside a small drawing of it), and the last weeks day by day; and the
 * notice that this is not medical advice. Tables in the PDF's built-in fonts (plain ASCII text), the
 * drawings as vector paths.
 */
public final class ProgressPdf {

    static final String TITLE = "Mid-back progress report";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final List<String> DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

    private final Catalog catalog;
    private final String notice;
    private final PrintedFigures figures = new PrintedFigures();

    /** The report with the catalog's drawings of the exercises and the guide's notice. */
    public ProgressPdf(Catalog catalog) {
        this(catalog, catalog.guide().notice());
    }

    ProgressPdf(Catalog catalog, String notice) {
        this.catalog = catalog;
        this.notice = notice;
    }

    public byte[] render(ProgressReport report) {
        return XhtmlPdf.render(xhtml(report));
    }

    /** The report as a well-formed XHTML document, the PDF's source. */
    String xhtml(ProgressReport report) {
        Xhtml x = new Xhtml();
        x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>");
        x.element("title", TITLE).raw("<style>").raw(Xhtml.STYLE).raw("</style></head><body>");
        x.element("h1", TITLE);
        if (report.isEmpty()) {
            x.element("p", "No sessions are recorded yet. Made on " + DATE.format(report.today()) + ".");
        } else {
            int sessions = report.span().sessions();
            x.element("p", "Sessions from " + DATE.format(report.from()) + " to " + DATE.format(report.to()) + " ("
                    + sessions + (sessions == 1 ? " session" : " sessions") + "). Made on "
                    + DATE.format(report.today()) + ". Pain and stiffness are rated from 0 (none) to 10 (worst imaginable). "
                    + report.coverage(), "meta");
        }
        x.raw("<div class=\"statement\">").element("h2", "Change in pain").element("p", report.changeStatement());
        report.reliefStatement().ifPresent(r -> x.element("p", r));
        x.raw("</div>");
        if (!report.isEmpty()) {
            pain(x, report);
            weeks(x, report);
            amounts(x, report);
            calendar(x, report);
        }
        x.raw("<p class=\"notice\"><strong>Not medical advice.</strong> ").text(notice).raw("</p></body></html>");
        return x.toString();
    }

    private static void pain(Xhtml x, ProgressReport report) {
        x.element("h2", "Pain before and after each session");
        if (report.sessions().isEmpty()) {
            x.element("p", "No sessions in the last " + ProgressReport.WINDOW_WEEKS + " weeks.");
            return;
        }
        x.table("Pain from 0 to 10 at each session, oldest first", "Date", "Before", "After", "Change", "Stopped for pain");
        for (ProgressReport.Session s : report.sessions()) {
            x.row(WHEN.format(s.time()), Integer.toString(s.before()), s.after() == null ? "not noted" : s.after().toString(),
                    s.change().map(ProgressPdf::change).orElse(""), s.stoppedForPain() ? "yes" : "");
        }
        x.raw("</tbody></table>");
    }

    private static void weeks(Xhtml x, ProgressReport report) {
        x.element("h2", "Sessions per week");
        x.table("Sessions in each week (Monday to Sunday) against the number the plan asked for that week",
                "Week of", "Sessions", "Stopped for pain", "Plan", "Plan met", "At a glance");
        int most = Math.max(1, report.weeks().stream().mapToInt(w -> Math.max(w.sessions(), w.planned())).max().orElse(1));
        for (ProgressReport.Week w : report.weeks()) {
            x.raw("<tr>").head(DATE.format(w.monday()) + ", week " + w.number() + (w.current() ? " (so far)" : ""))
                    .cell(Integer.toString(w.sessions())).cell(Integer.toString(w.stoppedForPain()))
                    .cell(Integer.toString(w.planned())).cell(w.metPlan() ? "yes" : w.current() ? "not yet" : "no")
                    .raw("<td class=\"bar-cell\"><div class=\"bar\" style=\"width: " + (100 * w.sessions() / most) + "%\"></div></td></tr>");
        }
        x.raw("</tbody></table>");
    }

    private void amounts(Xhtml x, ProgressReport report) {
        x.element("h2", "Hold or amount per exercise");
        if (report.amounts().isEmpty()) {
            x.element("p", "No amounts are recorded for the exercises yet.");
            return;
        }
        x.table("Amount per set of each exercise done, first and latest session", "Exercise", "Unit", "First", "Latest",
                "Change", "Sessions");
        for (ProgressReport.Amounts a : report.amounts()) {
            String unit = a.unit().name().toLowerCase(Locale.ROOT).replace("reps", "repetitions");
            x.raw("<tr><th scope=\"row\" class=\"exercise\">");
            catalog.find(a.exerciseId()).ifPresent(e -> x.raw(figures.frame(e, 0, "thumb")));
            x.text(a.name()).raw("</th>").cell(unit).cell(a.first().amount() + " (" + DATE.format(a.first().date()) + ")")
                    .cell(a.latest().amount() + " (" + DATE.format(a.latest().date()) + ")")
                    .cell(a.growth() > 0 ? "+" + a.growth() : Integer.toString(a.growth()))
                    .cell(Integer.toString(a.points().size())).raw("</tr>");
        }
        x.raw("</tbody></table>");
    }

    private static void calendar(Xhtml x, ProgressReport report) {
        List<ProgressReport.Day> days = report.calendar();
        x.element("h2", "The last weeks, day by day");
        long sofar = days.stream().filter(d -> d.mark() != ProgressReport.Mark.AHEAD).count();
        x.element("p", "A session on " + report.daysWithSessions() + " of the " + sofar + " days so far, stopped for pain on "
                + report.daysStopped() + ". In the table, done means a session, STOP a session stopped for pain, and a dash no session.");
        String[] head = new String[8];
        head[0] = "Week of";
        for (int d = 0; d < 7; d++) {
            head[d + 1] = DAYS.get(d);
        }
        x.table("Sessions day by day, " + DATE.format(days.get(0).date()) + " to " + DATE.format(days.get(days.size() - 1).date()), head);
        for (int w = 0; w < days.size() / 7; w++) {
            String[] row = new String[8];
            row[0] = DATE.format(days.get(w * 7).date());
            for (int d = 0; d < 7; d++) {
                row[d + 1] = mark(days.get(w * 7 + d));
            }
            x.row(row);
        }
        x.raw("</tbody></table>");
    }

    private static String mark(ProgressReport.Day day) {
        return switch (day.mark()) {
            case DONE -> day.sessions() > 1 ? "done x" + day.sessions() : "done";
            case STOPPED -> "STOP";
            case NONE -> "-";
            case AHEAD -> "";
        };
    }

    private static String change(int change) {
        return change == 0 ? "no change" : change < 0 ? "down " + -change : "up " + change;
    }
}
