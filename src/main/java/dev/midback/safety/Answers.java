package dev.midback.safety;

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
    public static Parsed parse(Map<String, ?> raw) {
        Set<Question> yes = EnumSet.noneOf(Question.class);
        for (Map.Entry<String, ?> entry : raw.entrySet()) {
            var question = Question.byId(entry.getKey());
            if (question.isEmpty()) {
                return Parsed.failure(entry.getKey(), "there is no screening question '" + entry.getKey() + "'");
            }
            if (!(entry.getValue() instanceof Boolean answer)) {
                return Parsed.failure(entry.getKey(), "the answer to '" + entry.getKey() + "' must be true or false, not "
                        + entry.getValue());
            }
            if (answer) {
                yes.add(question.get());
            }
        }
        return new Parsed(new Answers(yes), null, null);
    }

    /** Answers, or the question id at fault and what is wrong with it. */
    public record Parsed(Answers answers, String field, String problem) {

        static Parsed failure(String field, String problem) {
            return new Parsed(null, field, problem);
        }

        public boolean isValid() {
            return problem == null;
        }
    }
}
