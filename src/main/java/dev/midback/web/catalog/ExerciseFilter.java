package dev.midback.web.catalog;

import dev.midback.catalog.Coded;
import dev.midback.catalog.ExerciseQuery;
import dev.midback.catalog.Level;
import dev.midback.catalog.Movement;
import dev.midback.catalog.Position;
import dev.midback.catalog.Prop;
import dev.midback.input.Checked;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The library's filter as it arrives in a query string ({@code q}, {@code position},
 * {@code have} repeated, {@code movement}, {@code level}), checked: either a query or the bad field.
 */
final class ExerciseFilter {

    static final String NO_PROPS = "none";

    private ExerciseFilter() {
    }

    static Checked<ExerciseQuery> parse(Map<String, List<String>> params) {
        try {
            Optional<String> text = first(params, "q").map(String::strip).filter(s -> !s.isEmpty());
            if (text.isPresent() && text.get().length() > 100) {
                throw new BadField("q", "search text is longer than 100 characters");
            }
            return Checked.ok(new ExerciseQuery(
                    text,
                    member(params, "position", Position.class),
                    have(params.getOrDefault("have", List.of())),
                    member(params, "movement", Movement.class),
                    member(params, "level", Level.class)));
        } catch (BadField e) {
            return Checked.bad(e.field, e.getMessage());
        }
    }

    private static Optional<Set<Prop>> have(List<String> values) {
        List<String> given = values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (given.isEmpty()) {
            return Optional.empty();
        }
        Set<Prop> props = EnumSet.noneOf(Prop.class);
        for (String value : given) {
            if (value.equalsIgnoreCase(NO_PROPS)) {
                continue;
            }
            props.add(Coded.parse(Prop.class, value).orElseThrow(() -> new BadField("have",
                    "unknown prop '" + value + "' (one of: none, " + String.join(", ", Coded.ids(Prop.class)) + ")")));
        }
        return Optional.of(props);
    }

    private static <E extends Enum<E> & Coded> Optional<E> member(Map<String, List<String>> params, String name, Class<E> type) {
        Optional<String> value = first(params, name).map(String::strip).filter(s -> !s.isEmpty());
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Coded.parse(type, value.get()).orElseThrow(() -> new BadField(name,
                "unknown " + name + " '" + value.get() + "' (one of: " + String.join(", ", Coded.ids(type)) + ")")));
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    private static final class BadField extends RuntimeException {
        private final String field;

        BadField(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }
}
