package dev.midback.input;

import java.util.Objects;
import java.util.function.Function;

/**
 * Input after checking: either the value, or the field at fault and what is wrong with it, in
 * words a person can act on. Every face (web, API, command line) reads parsed input as one of these.
 */
public record Checked<T>(T value, String field, String problem) {

    public Checked {
        if ((value == null) == (problem == null)) {
            throw new IllegalArgumentException("a checked input has either a value or a problem");
        }
    }

    public static <T> Checked<T> ok(T value) {
        return new Checked<>(Objects.requireNonNull(value), null, null);
    }

    public static <T> Checked<T> bad(String field, String problem) {
        return new Checked<>(null, field, Objects.requireNonNull(problem));
    }

    public boolean isValid() {
        return value != null;
    }

    /** The value changed by {@code step}, or this problem as it is. */
    public <U> Checked<U> map(Function<? super T, ? extends U> step) {
        return isValid() ? Checked.ok(step.apply(value)) : Checked.bad(field, problem);
    }

    /** The next check on the value, or this problem as it is. */
    public <U> Checked<U> then(Function<? super T, Checked<U>> step) {
        return isValid() ? step.apply(value) : Checked.bad(field, problem);
    }

    /** This problem as the problem of another kind of input. */
    public <U> Checked<U> failure() {
        if (isValid()) {
            throw new IllegalStateException("nothing is wrong with this input");
        }
        return Checked.bad(field, problem);
    }

    /** This problem, with the field named inside a larger one ({@code journal[3].at}). */
    public <U> Checked<U> within(String outer) {
        if (isValid()) {
            throw new IllegalStateException("nothing is wrong with this input");
        }
        return Checked.bad(field == null ? outer : outer + "." + field, problem);
    }
}
