package dev.midback.cli;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.Dosage;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.ExerciseDocument;
import dev.midback.catalog.Modification;
import dev.midback.catalog.Source;
import dev.midback.catalog.Variant;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code midback show ID_OR_NAME}: how to do one exercise, wrapped to the terminal. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one exercise: steps, dose, breathing, cautions, variants and sources.")
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    MidbackCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID_OR_NAME", arity = "1..*",
            description = "The exercise's id, name or another name for it, in any case (\"cat-camel\", \"Child's pose\").")
    List<String> words;

    @Option(names = "--json", description = "Print the exercise as a JSON object (without the sketch).")
    boolean json;

    @Option(names = "--no-figure", description = "Leave out the sketch of the figure.")
    boolean noFigure;

    @Option(names = "--ascii", description = "Draw the sketch in plain ASCII rather than braille.")
    boolean ascii;

    @Override
    public Integer call() throws Exception {
        Catalog catalog = root.toolkit.catalog().get();
        String typed = String.join(" ", words);
        Optional<Exercise> found = catalog.find(typed);
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("midback: no exercise called '" + typed + "'; did you mean: "
                    + String.join(", ", catalog.suggest(typed, 3)) + "?");
            return ExitCode.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ExercisesCommand.JSON.writeValueAsString(ExerciseDocument.of(found.get())));
        } else {
            Toolkit toolkit = root.toolkit;
            int width = toolkit.terminalWidth();
            String sketch = !noFigure
                    ? new FigureSketch().draw(found.get(), width, SketchStyle.forOutput(ascii, toolkit.output(), toolkit.env()))
                    : "";
            out.print(describe(found.get(), catalog, width, sketch));
        }
        out.flush();
        return ExitCode.OK;
    }

    /** The exercise in words, with the sketch of its figure (if any) right under the name. */
    static String describe(Exercise e, Catalog catalog, int width, String sketch) {
        StringBuilder out = new StringBuilder();
        String title = e.name() + "  (" + e.id() + ")";
        out.append(title.length() <= width ? title + "\n" : TextWrap.hanging("", e.name() + " (" + e.id() + ")", width));
        if (!sketch.isEmpty()) {
            out.append('\n').append(sketch).append('\n');
        }
        if (!e.aliases().isEmpty()) {
            out.append(TextWrap.hanging("Also called: ", String.join(", ", e.aliases()), width));
        }
        out.append(TextWrap.hanging("", String.join(" · ", e.position().id(), e.kind().id(), e.level().id(),
                "moves: " + Describe.list(e.movements()), "works: " + Describe.list(e.regions())), width));
        out.append(TextWrap.hanging("Needs: ", Describe.needs(e)
                + (e.optional().isEmpty() ? "" : "; helps to have: " + Describe.list(e.optional())), width));
        out.append('\n').append(TextWrap.hanging("", e.summary(), width));
        Dosage d = e.dosage();
        out.append('\n').append(TextWrap.hanging("Dose: ", d.describeDefault() + (e.perSide() ? " on each side" : "")
                + " (the sources give " + d.describeRange() + ")", width));
        heading(out, "Steps");
        for (int i = 0; i < e.steps().size(); i++) {
            out.append(TextWrap.hanging(String.format("  %d. ", i + 1), e.steps().get(i), width));
        }
        heading(out, "Breathing");
        out.append(TextWrap.hanging("  ", e.breathing(), width));
        heading(out, "Cautions");
        e.cautions().forEach(c -> out.append(TextWrap.hanging("  ! ", c, width)));
        if (e.instructorFirst()) {
            out.append(TextWrap.hanging("  ! ", "Learn this one with a qualified instructor before doing it alone.", width));
        }
        if (!e.prerequisites().isEmpty()) {
            heading(out, "Comfortable first");
            e.prerequisites().forEach(id -> out.append(TextWrap.hanging("  - ", label(catalog, id), width)));
        }
        if (!e.variants().isEmpty()) {
            heading(out, "Variants");
            for (Variant v : e.variants()) {
                out.append(TextWrap.hanging("  - ", v.relation().id() + ": " + label(catalog, v.exerciseId()), width));
            }
        }
        if (!e.modifications().isEmpty()) {
            heading(out, "Ways to adjust it");
            for (Modification m : e.modifications()) {
                out.append(TextWrap.hanging("  - ", m.name() + " (" + m.effect().id() + "): " + m.text(), width));
            }
        }
        heading(out, "Sources");
        for (Source s : e.sources()) {
            String article = s.url() == null ? s.title() : s.title() + " <" + s.url() + ">";
            out.append(TextWrap.hanging("  - ", article + ": " + s.fact(), width));
        }
        out.append('\n').append(TextWrap.hanging("", catalog.guide().notice(), width));
        return out.toString();
    }

    private static void heading(StringBuilder out, String title) {
        out.append('\n').append(title).append('\n');
    }

    private static String label(Catalog catalog, String id) {
        return catalog.find(id).map(x -> x.name() + " (" + id + ")").orElse(id);
    }
}
