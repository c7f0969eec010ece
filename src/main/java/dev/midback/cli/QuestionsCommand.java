package dev.midback.cli;

import dev.midback.safety.Question;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code midback questions}: the screening questions and their ids, for an answers file. */
@Command(name = "questions", mixinStandardHelpOptions = true,
        description = "List the screening questions with the ids an --answers file uses.")
final class QuestionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Answer true or false for each, in a JSON file for --answers, e.g. {\"pregnant\": false}.");
        int widest = java.util.Arrays.stream(Question.values()).mapToInt(q -> q.id().length()).max().orElse(0);
        for (Question q : Question.values()) {
            out.print(TextWrap.hanging(String.format("  %-" + widest + "s ", q.id()), q.text() + (q.isRedFlag() ? " [stops the routine]" : ""), 80));
        }
        out.flush();
        return ExitCode.OK;
    }
}
