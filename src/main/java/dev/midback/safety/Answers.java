package dev.midback.safety;

import dev.midback.input.Bounds;
import dev.midback.input.Checked;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The screening questions a person answered yes to; an unanswered question counts as no. */
public record Answers(Set<Question> yes) {

    public static final Answers NONE = new Answers(Set.of());

    public Answers {
        yes = yes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(yes));
    }

    public static Answers yesTo(Question... questions) {
        return new Answers(Set.of(questions));
    }

    public boolean said(Question question) {
        return yes.contains(question);
    }

    /**
     * Answers from a map of question id to true or false, as in an answers file or a request
     * body: either the answers, or the problem naming the question at fault.
     */
    public static Checked<Answers> parse(Map<String, ?> raw) {
        Set<Question> yes = EnumSet.noneOf(Question.class);
        for (Map.Entry<String, ?> entry : raw.entrySet()) {
            String id = entry.getKey();
            if (id == null || Bounds.hasNul(id)) {
                return Checked.bad(null, "a question id may not hold the NUL character");
            }
            var question = Question.byId(id);
            if (question.isEmpty()) {
                return Checked.bad(shorten(id), "there is no screening question '" + shorten(id) + "'");
            }
            if (!(entry.getValue() instanceof Boolean answer)) {
                return Checked.bad(id, "the answer to '" + id + "' must be true or false, not "
                        + shorten(String.valueOf(entry.getValue())));
            }
            if (answer) {
                yes.add(question.get());
            }
        }
        return Checked.ok(new Answers(yes));
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
