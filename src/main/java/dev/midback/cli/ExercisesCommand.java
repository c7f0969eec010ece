package dev.midback.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.midback.catalog.Catalog;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.ExerciseDocument;
import dev.midback.catalog.Position;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code midback exercises}: the whole catalog as a table, or as JSON. */
@Command(name = "exercises", mixinStandardHelpOptions = true,
        description = "List every exercise by position: id, level, dose and what it needs.")
final class ExercisesCommand implements Callable<Integer> {

    private static final String INDENT = "  ";

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    MidbackCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Catalog catalog = root.toolkit.catalog().get();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JSON.writeValueAsString(catalog.exercises().stream().map(ExerciseDocument::of).toList()));
        } else {
            out.print(table(catalog.exercises(), root.toolkit.terminalWidth()));
            out.println(catalog.exercises().size() + " exercises. 'midback show ID' tells how to do one.");
        }
        out.flush();
        return ExitCode.OK;
    }

    /** The exercises grouped by position, one row each: id, level, dose and what it needs. */
    static String table(List<Exercise> exercises, int width) {
        String[] header = {"ID", "LEVEL", "DOSE", "NEEDS"};
        List<String[]> rows = exercises.stream().map(e -> new String[] {
                e.id(), e.level().id(), Describe.dose(e), Describe.needs(e)}).toList();
        int[] widths = new int[header.length - 1];
        for (int c = 0; c < widths.length; c++) {
            final int column = c;
            widths[c] = Math.max(header[c].length(), rows.stream().mapToInt(r -> r[column].length()).max().orElse(0));
        }
        int used = INDENT.length();
        for (int w : widths) {
            used += w + 2;
        }
        int last = Math.max(8, width - used);
        StringBuilder out = new StringBuilder();
        row(out, header, widths, last);
        for (Position position : Position.values()) {
            List<Exercise> group = exercises.stream().filter(e -> e.position() == position)
                    .sorted(Comparator.comparing(Exercise::id)).toList();
            if (group.isEmpty()) {
                continue;
            }
            out.append(position.id().toUpperCase(Locale.ROOT)).append('\n');
            group.forEach(e -> row(out, new String[] {e.id(), e.level().id(), Describe.dose(e), Describe.needs(e)}, widths, last));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String[] cells, int[] widths, int lastWidth) {
        List<String> wrapped = TextWrap.lines(cells[cells.length - 1], lastWidth);
        for (int line = 0; line < wrapped.size(); line++) {
            StringBuilder text = new StringBuilder(INDENT);
            for (int c = 0; c < cells.length - 1; c++) {
                String cell = line == 0 ? cells[c] : "";
                text.append(cell).append(" ".repeat(widths[c] - cell.length() + 2));
            }
            text.append(wrapped.get(line));
            out.append(text.toString().stripTrailing()).append('\n');
        }
    }
}
