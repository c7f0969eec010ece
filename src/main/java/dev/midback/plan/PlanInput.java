package dev.midback.plan;

import dev.midback.catalog.Coded;
import dev.midback.catalog.Level;
import dev.midback.catalog.Prop;
import dev.midback.input.Bounds;
import dev.midback.input.Checked;
import dev.midback.safety.Answers;
import dev.midback.safety.PainToday;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plan request as it arrives from the form, a JSON body or the command line, as text, not yet
 * checked. {@link #check()} is the one check every face uses: it gives the request, or the field
 * at fault and what is wrong with it.
 *
 * <p>A field that is absent (null) takes its default: any place, beginner, no props, no pain, no
 * answers; only the minutes are required. A field that is there must hold a value: an empty place
 * or level is refused, not taken as the default. Numbers are refused, never wrapped, however many
 * digits they have; no text may hold the NUL character.
 */
public record PlanInput(String minutes, String place, List<String> props, String level, String pain,
                        boolean sharpPain, Map<String, ?> answers) {

    /** More props than there are kinds of prop, with room for "none", is not a list a person wrote. */
    public static final int MOST_PROPS = Prop.values().length + 1;

    public Checked<PlanRequest> check() {
        Checked<Integer> wanted = whole("minutes", minutes, null, PlanRequest.MIN_MINUTES, PlanRequest.MAX_MINUTES);
        if (!wanted.isValid()) {
            return wanted.failure();
        }
        Checked<Integer> hurt = whole("pain", pain, 0, 0, 10);
        if (!hurt.isValid()) {
            return hurt.failure();
        }
        Checked<Place> where = choice("place", place, Place.class, Place.ANY);
        if (!where.isValid()) {
            return where.failure();
        }
        Checked<Level> experience = choice("level", level, Level.class, Level.BEGINNER);
        if (!experience.isValid()) {
            return experience.failure();
        }
        Checked<Set<Prop>> owned = owned();
        if (!owned.isValid()) {
            return owned.failure();
        }
        Checked<Answers> said = Answers.parse(answers == null ? Map.of() : answers);
        if (!said.isValid()) {
            return said.within("answers");
        }
        return Checked.ok(new PlanRequest(wanted.value(), where.value(), owned.value(), experience.value(),
                new PainToday(hurt.value(), sharpPain), said.value()));
    }

    /** A whole number from {@code min} to {@code max}; {@code absent} when not given (null: required). */
    private static Checked<Integer> whole(String field, String text, Integer absent, int min, int max) {
        String range = field + " must be a whole number from " + min + " to " + max;
        if (text == null) {
            return absent == null ? Checked.bad(field, field + " is required, a whole number from " + min + " to " + max)
                    : Checked.ok(absent);
        }
        if (Bounds.hasNul(text)) {
            return Checked.bad(field, field + " may not hold the NUL character");
        }
        String digits = text.strip();
        if (!digits.matches("[+-]?\\d+")) {
            return Checked.bad(field, range + ", not '" + shorten(text) + "'");
        }
        String unsigned = digits.replaceFirst("^[+-]", "").replaceFirst("^0+(?=\\d)", "");
        boolean negative = digits.startsWith("-") && !unsigned.equals("0");
        if (negative || unsigned.length() > 9) {
            return Checked.bad(field, range + ", not " + shorten(digits));
        }
        int value = Integer.parseInt(unsigned);
        if (value < min || value > max) {
            return Checked.bad(field, range + ", not " + value);
        }
        return Checked.ok(value);
    }

    private static <E extends Enum<E> & Coded> Checked<E> choice(String field, String text, Class<E> type, E absent) {
        String one = String.join(", ", Coded.ids(type).subList(0, Coded.ids(type).size() - 1)) + " or "
                + Coded.ids(type).get(Coded.ids(type).size() - 1);
        if (text == null) {
            return Checked.ok(absent);
        }
        if (Bounds.hasNul(text)) {
            return Checked.bad(field, field + " may not hold the NUL character");
        }
        if (text.isBlank()) {
            return Checked.bad(field, field + " may not be empty: give " + one + ", or leave it out for " + absent.id());
        }
        return Coded.parse(type, text).map(Checked::ok)
                .orElseGet(() -> Checked.bad(field, field + " must be " + one + ", not '" + shorten(text) + "'"));
    }

    private Checked<Set<Prop>> owned() {
        Set<Prop> owned = EnumSet.noneOf(Prop.class);
        if (props == null) {
            return Checked.ok(owned);
        }
        if (props.size() > MOST_PROPS) {
            return Checked.bad("props", "props may list at most " + MOST_PROPS + " names, not " + props.size());
        }
        for (String name : props) {
            if (name == null || name.isBlank()) {
                return Checked.bad("props", "props may not hold an empty name (one of: none, "
                        + String.join(", ", Coded.ids(Prop.class)) + ")");
            }
            if (Bounds.hasNul(name)) {
                return Checked.bad("props", "props may not hold the NUL character");
            }
            String trimmed = name.strip();
            if (trimmed.equalsIgnoreCase("none")) {
                continue;
            }
            var prop = Coded.parse(Prop.class, trimmed);
            if (prop.isEmpty()) {
                return Checked.bad("props", "props holds an unknown prop '" + shorten(trimmed) + "' (one of: none, "
                        + String.join(", ", Coded.ids(Prop.class)) + ")");
            }
            owned.add(prop.get());
        }
        return Checked.ok(owned);
    }

    private static String shorten(String text) {
        return text.length() > 24 ? text.substring(0, 24) + "..." : text;
    }
}
