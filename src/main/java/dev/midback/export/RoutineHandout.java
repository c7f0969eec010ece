package dev.midback.export;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.Exercise;
import dev.midback.plan.DoseText;
import dev.midback.plan.PlanRequest;
import dev.midback.plan.Routine;
import dev.midback.plan.RoutineItem;
import dev.midback.safety.SafetyScreen;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * A routine on paper, to keep by the desk: the day it was made, the minutes and the place, then
 * each exercise in order with its key positions drawn side by side (as vector paths), its dose,
 * every step, how to breathe and the caution to keep in mind; at the end when to stop and get help,
 * and the notice that this is not medical advice. An exercise is never split across two pages.
 */
public final class RoutineHandout {

    static final String TITLE = "My mid-back routine";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Catalog catalog;
    private final PrintedFigures figures = new PrintedFigures();

    public RoutineHandout(Catalog catalog) {
        this.catalog = catalog;
    }

    public byte[] render(PlanRequest request, Routine routine, LocalDate made, Paper paper) {
        return XhtmlPdf.render(xhtml(request, routine, made, paper));
    }

    /** The handout as a well-formed XHTML document, the PDF's source. */
    String xhtml(PlanRequest request, Routine routine, LocalDate made, Paper paper) {
        Xhtml x = new Xhtml();
        x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>");
        x.element("title", TITLE).raw("<style>").raw(style(paper)).raw("</style></head><body>");
        x.element("h1", TITLE);
        int count = routine.items().size();
        x.element("p", "Made on " + DATE.format(made) + ". " + request.minutes() + " minutes " + place(request) + ": "
                + count + (count == 1 ? " exercise" : " exercises") + ", about " + DoseText.duration(routine.totalSeconds()) + " in all.", "meta");
        if (!routine.advice().isEmpty()) {
            x.raw("<div class=\"advice\">").element("h2", count == 0 ? "No routine today" : "Read this first");
            routine.advice().forEach(a -> x.element("p", a));
            x.raw("</div>");
        }
        if (count > 0) {
            x.element("p", "Mild tension is fine; stop at once if anything hurts sharply. Keep breathing all the way through.",
                    "rule");
        }
        Map<String, Integer> shown = new HashMap<>();
        int n = 1;
        for (RoutineItem item : routine.items()) {
            if (n == count) {
                // The last exercise and the closing lines share a page, so no page holds the notice alone.
                x.raw("<div class=\"closing\">");
            }
            Integer before = shown.putIfAbsent(item.exerciseId(), n);
            item(x, n++, item, before);
        }
        x.raw("<div class=\"end\"><p class=\"help\"><strong>When to get help.</strong> ").text(SafetyScreen.WHEN_TO_GET_HELP)
                .raw("</p><p class=\"notice\"><strong>Not medical advice.</strong> ").text(catalog.guide().notice())
                .raw("</p></div>").raw(count > 0 ? "</div>" : "").raw("</body></html>");
        return x.toString();
    }

    /**
     * One exercise, kept on one page: its name and dose, its positions, steps, breathing and key
     * caution; done a second time (a second round), its name and dose and where the rest is.
     */
    private void item(Xhtml x, int number, RoutineItem item, Integer before) {
        Optional<Exercise> exercise = before == null ? catalog.find(item.exerciseId()) : Optional.empty();
        x.raw("<div class=\"item\">");
        x.raw("<h2><span class=\"number\">").text(number + ".").raw("</span> ").text(item.name()).raw("</h2>");
        x.raw("<p class=\"dose\"><strong>").text(DoseText.of(item)).raw("</strong> (about ").text(DoseText.duration(item.seconds()))
                .raw(")</p>");
        exercise.ifPresent(e -> {
            if (e.frameNames().size() == 1) {
                x.raw("<table class=\"beside\"><tr><td class=\"pictures\">");
                frames(x, e);
                x.raw("</td><td>");
                howTo(x, e);
                x.raw("</td></tr></table>");
            } else {
                frames(x, e);
                howTo(x, e);
            }
        });
        if (before != null) {
            x.element("p", "Again, as number " + before + " above: the same positions, steps and breathing.", "again");
        }
        if (item.keyCaution() != null) {
            x.raw("<p class=\"caution\"><strong>Take care:</strong> ").text(item.keyCaution()).raw("</p>");
        }
        x.raw("</div>");
    }

    /** The steps in full and the breathing. */
    private static void howTo(Xhtml x, Exercise e) {
        x.raw("<ol class=\"steps\">");
        e.steps().forEach(step -> x.element("li", step));
        x.raw("</ol>");
        x.raw("<p class=\"breathing\"><strong>Breathing:</strong> ").text(e.breathing()).raw("</p>");
    }

    /**
     * Every key position of the exercise side by side, each named underneath; a single position
     * stands beside the steps instead of above them.
     */
    private void frames(Xhtml x, Exercise e) {
        List<String> names = e.frameNames();
        x.raw("<table class=\"frames\"><tr>");
        for (int i = 0; i < names.size(); i++) {
            x.raw("<td>").raw(figures.frame(e, i, "figure")).element("p", names.get(i), "frame-name").raw("</td>");
        }
        x.raw("</tr></table>");
    }

    private static String place(PlanRequest request) {
        return switch (request.place()) {
            case DESK -> "at a desk";
            case FLOOR -> "on the floor";
            case ANY -> "anywhere";
        };
    }

    /** Large, plain type to read at arm's length; the figures big enough to follow. */
    private static String style(Paper paper) {
        return """
                @page { size: %s; margin: 12mm 14mm 14mm 14mm;
                  @bottom-center { content: "%s, page " counter(page) " of " counter(pages); font-family: sans-serif; font-size: 9pt; color: #555; } }
                body { font-family: sans-serif; font-size: 11pt; color: #1f2933; line-height: 1.3; }
                h1 { font-size: 22pt; margin: 0 0 3pt 0; color: #143f5e; }
                .meta { font-size: 12pt; margin: 0 0 6pt 0; }
                .rule { font-weight: bold; margin: 0 0 4pt 0; }
                .advice { border: 1.5pt solid #b45309; background: #fdf3e7; padding: 4pt 9pt; margin: 6pt 0; }
                .advice h2 { font-size: 13pt; margin: 3pt 0; color: #7c2d12; }
                .advice p { margin: 3pt 0; }
                .item { page-break-inside: avoid; border-top: 1pt solid #9aa5b1; padding: 5pt 0 3pt 0; margin-top: 4pt; }
                .frames { border-collapse: collapse; margin: 0 0 4pt 0; }
                .frames td { padding: 0 8pt 0 0; vertical-align: top; }
                .beside { border-collapse: collapse; width: 100%%; }
                .beside td { padding: 0; vertical-align: top; }
                .beside td.pictures { width: 44mm; padding-right: 4pt; }
                .beside .steps { margin-top: 0; }
                .figure { display: block; width: 40mm; height: 30mm; border: 0.75pt solid #c9d2dc; }
                .frame-name { margin: 0; font-size: 9.5pt; color: #4b5563; text-align: center; }
                h2 { font-size: 15pt; margin: 0 0 1pt 0; color: #143f5e; page-break-after: avoid; }
                .number { color: #4b5563; }
                .dose { font-size: 12.5pt; margin: 0 0 3pt 0; }
                .steps { margin: 1pt 0 3pt 0; padding-left: 18pt; }
                .steps li { margin: 0 0 1.5pt 0; }
                .breathing { margin: 3pt 0; }
                .again { margin: 2pt 0; }
                .caution { border-left: 4pt solid #c2410c; background: #fdecdf; padding: 3pt 8pt; margin: 4pt 0 2pt 0; font-weight: bold; }
                .caution strong { color: #9a3412; }
                .closing { page-break-inside: avoid; }
                .end { page-break-inside: avoid; border-top: 1pt solid #9aa5b1; margin-top: 2pt; padding-top: 4pt; line-height: 1.25; }
                .help { font-size: 10.5pt; margin: 0 0 3pt 0; }
                .notice { color: #4b5563; font-size: 9pt; margin: 0; }
                """.formatted(paper.cssSize(), TITLE);
    }
}
