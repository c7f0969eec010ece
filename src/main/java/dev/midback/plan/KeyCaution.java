package dev.midback.plan;

import dev.midback.catalog.Exercise;
import dev.midback.safety.Answers;
import dev.midback.safety.Question;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one caution of an exercise to keep in mind while doing it. A caution about something the
 * person said yes to comes first (cat-cow with osteoporosis: keep the cat small); otherwise the
 * exercise's most important caution for everyone: the first after the rule about sharp pain, which
 * every exercise opens its cautions with and the whole session already carries.
 */
public final class KeyCaution {

    /** The words that mark a caution as being about an answer; an answer can share another's words. */
    private static final Map<Question, List<String>> WORDS = Map.of(
            Question.OSTEOPOROSIS, List.of("osteoporosis"),
            Question.LONG_TERM_STEROIDS, List.of("steroid"),
            Question.PREGNANT, List.of("pregnan"),
            Question.RECENT_INJURY, List.of("injury"));

    private KeyCaution() {
    }

    /** The key caution of the exercise for someone who gave these answers, or null when it has none. */
    public static String of(Exercise exercise, Answers answers) {
        List<String> cautions = exercise.cautions();
        for (Question q : Question.values()) {
            if (!answers.said(q)) {
                continue;
            }
            Optional<String> about = cautions.stream().filter(c -> mentions(c, WORDS.getOrDefault(q, List.of()))).findFirst();
            if (about.isPresent()) {
                return about.get();
            }
        }
        return cautions.stream().skip(1).filter(c -> !aboutAnAnswer(c)).findFirst().orElse(null);
    }

    /** True when the caution is written for people who gave some answer, not for everyone. */
    static boolean aboutAnAnswer(String caution) {
        return WORDS.values().stream().anyMatch(words -> mentions(caution, words));
    }

    private static boolean mentions(String caution, List<String> words) {
        String text = caution.toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(text::contains);
    }
}
