package dev.midback.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.midback.input.Checked;
import dev.midback.plan.PlanInput;
import dev.midback.plan.PlanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

/** The options {@code plan} and {@code go} share, checked into a {@link PlanRequest}. */
final class PlanOptions {

    /** Strict: a question answered twice, or anything after the JSON, is refused rather than silently overridden. */
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Option(names = "--minutes", required = true, paramLabel = "N", description = "Minutes you have, 2 to 60.")
    String minutes;

    @Option(names = "--place", defaultValue = "any", paramLabel = "desk|floor|any",
            description = "Where you are; a desk allows standing and chair exercises only (default: ${DEFAULT-VALUE}).")
    String place;

    @Option(names = "--props", defaultValue = "none", paramLabel = "LIST",
            description = "Props you own, comma-separated: none, mat, blanket, towel, chair, yoga-blocks, foam-roller, exercise-ball, band, pull-up-bar, stick (default: ${DEFAULT-VALUE}).")
    String props;

    @Option(names = "--level", defaultValue = "beginner", paramLabel = "beginner|intermediate|advanced",
            description = "Your experience (default: ${DEFAULT-VALUE}).")
    String level;

    @Option(names = "--pain", defaultValue = "0", paramLabel = "0-10", description = "How much your back hurts today (default: ${DEFAULT-VALUE}).")
    String pain;

    @Option(names = "--sharp-pain", description = "Say the pain today is sharp: no routine is given.")
    boolean sharpPain;

    @Option(names = "--answers", paramLabel = "FILE",
            description = "A JSON object of screening answers, question id to true or false (see 'midback questions').")
    Path answers;

    @Option(names = "--yes", split = ",", paramLabel = "IDS",
            description = "Screening questions you answer yes to, comma-separated ids (see 'midback questions'); all others count as no.")
    List<String> yes = new ArrayList<>();

    /** The request, checked as the web checks it, or a {@link ParameterException} naming the bad value. */
    PlanRequest request(CommandLine cli) {
        Checked<PlanRequest> checked = new PlanInput(minutes, place, List.of(props.split(",")), level, pain, sharpPain,
                allAnswers(cli)).check();
        if (!checked.isValid()) {
            String question = checked.field().startsWith("answers.") ? checked.field().substring("answers.".length()) : null;
            boolean typed = question != null && yes.stream().map(String::strip).anyMatch(question::equals);
            String option = question == null ? "answers".equals(checked.field()) ? "--answers" : "--" + checked.field()
                    : typed ? "--yes" : "--answers";
            String where = question != null && !typed ? " (in " + answers + ")" : "";
            throw new ParameterException(cli, option + ": " + checked.problem() + where);
        }
        return checked.value();
    }

    /** The answers of the file, if any, with the questions given to --yes answered yes. */
    private Map<String, Object> allAnswers(CommandLine cli) {
        Map<String, Object> all = new LinkedHashMap<>(answers(cli));
        yes.stream().map(String::strip).filter(id -> !id.isEmpty()).forEach(id -> all.put(id, Boolean.TRUE));
        return all;
    }

    private Map<String, Object> answers(CommandLine cli) {
        if (answers == null) {
            return Map.of();
        }
        if (!Files.isRegularFile(answers)) {
            throw new ParameterException(cli, "--answers: there is no file " + answers);
        }
        JsonNode root;
        try {
            root = STRICT.readTree(Files.readString(answers));
        } catch (JsonProcessingException e) {
            throw new ParameterException(cli, "--answers: " + answers + " is not valid JSON (" + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : ", line " + e.getLocation().getLineNr()) + ")");
        } catch (IOException e) {
            throw new ParameterException(cli, "--answers: cannot read " + answers);
        }
        if (root == null || !root.isObject()) {
            throw new ParameterException(cli, "--answers: " + answers + " must hold a JSON object of question id to true or false");
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        root.fields().forEachRemaining(f -> raw.put(f.getKey(), f.getValue().isBoolean() ? f.getValue().booleanValue() : f.getValue().toString()));
        return raw;
    }

}
