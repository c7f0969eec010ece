package dev.midback.reminder;

import dev.midback.input.Bounds;
import dev.midback.input.Checked;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reminder as it arrives from a form or the API, not yet checked: {@link #check} gives the
 * reminder or the field at fault, so nothing half-checked is stored. A time zone left out
 * ({@code null}) means the server's, a label left out or blank the kind's own, {@code enabled} left
 * out means on. Everything else is read strictly: an empty kind, day or time zone is refused, not
 * taken as a default, and no field may hold the NUL character.
 */
public record ReminderInput(String kind, List<String> days, String time, String timeZone, String label, Boolean enabled) {

    private static final Pattern CLOCK = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final String DAY_CODES = "MO, TU, WE, TH, FR, SA, SU";
    /** How much of a refused value a problem repeats. */
    private static final int QUOTED = 40;

    /** A time of day written {@code HH:mm}, from 00:00 to 23:59; nothing else (no {@code 7:30}, {@code 24:00} or seconds). */
    public static Optional<LocalTime> parseTime(String text) {
        return text != null && CLOCK.matcher(text).matches() ? Optional.of(LocalTime.parse(text)) : Optional.empty();
    }

    /**
     * The reminder with this id: {@code defaultZone} when none is named, {@code created} kept from
     * the first version, {@code changed} now.
     */
    public Checked<Reminder> check(String id, ZoneId defaultZone, Instant created, Instant changed) {
        Checked<String> nul = nulFree();
        if (!nul.isValid()) {
            return nul.failure();
        }
        if (kind == null || kind.isBlank()) {
            return Checked.bad("kind", "kind is required: session or desk-break");
        }
        Optional<ReminderKind> theKind = ReminderKind.of(kind);
        if (theKind.isEmpty()) {
            return Checked.bad("kind", "kind must be session or desk-break, not " + quoted(kind));
        }
        if (days == null || days.isEmpty()) {
            return Checked.bad("days", "days is required: one or more of " + DAY_CODES);
        }
        List<DayOfWeek> theDays = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            Optional<DayOfWeek> day = Weekdays.parse(days.get(i));
            if (day.isEmpty()) {
                return Checked.bad("days[" + i + "]", "each day must be one of " + DAY_CODES + ", not " + quoted(days.get(i)));
            }
            if (theDays.contains(day.get())) {
                return Checked.bad("days[" + i + "]", days.get(i) + " is listed twice");
            }
            theDays.add(day.get());
        }
        if (time == null || time.isBlank()) {
            return Checked.bad("time", "time is required, as HH:mm such as 07:30");
        }
        Optional<LocalTime> theTime = parseTime(time);
        if (theTime.isEmpty()) {
            return Checked.bad("time", "time must be a time of day as HH:mm from 00:00 to 23:59, not " + quoted(time));
        }
        ZoneId zone = defaultZone;
        if (timeZone != null) {
            if (!Zones.isKnown(timeZone)) {
                return Checked.bad("timeZone", "timeZone must be a time zone name such as Europe/Berlin or America/New_York"
                        + (timeZone.isEmpty() ? " (leave it out for the server's)" : ", not " + quoted(timeZone)));
            }
            zone = ZoneId.of(timeZone);
        }
        String theLabel = label == null || label.isBlank() ? theKind.get().defaultLabel() : label.strip();
        Optional<String> labelProblem = labelProblem(theLabel);
        if (labelProblem.isPresent()) {
            return Checked.bad("label", labelProblem.get());
        }
        return Checked.ok(new Reminder(id, theKind.get(), theDays, theTime.get(), zone, theLabel, enabled == null || enabled,
                created, changed));
    }

    /**
     * What is wrong with a label, if anything: it is one line of at most {@link Reminder#MAX_LABEL}
     * characters, with no control characters and no half of a character pair.
     */
    static Optional<String> labelProblem(String label) {
        boolean oneLine = label.codePoints().noneMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                || Character.getType(c) == Character.SURROGATE);
        if (!oneLine) {
            return Optional.of("label must be one line of text");
        }
        int length = label.codePointCount(0, label.length());
        if (length > Reminder.MAX_LABEL) {
            return Optional.of("label is limited to " + Reminder.MAX_LABEL + " characters, not " + length);
        }
        return Optional.empty();
    }

    /** The first field holding NUL, which no face may pass on. */
    private Checked<String> nulFree() {
        for (String[] field : new String[][] {{"kind", kind}, {"time", time}, {"timeZone", timeZone}, {"label", label}}) {
            if (Bounds.hasNul(field[1])) {
                return Checked.bad(field[0], field[0] + " may not hold the NUL character");
            }
        }
        for (int i = 0; days != null && i < days.size(); i++) {
            if (Bounds.hasNul(days.get(i))) {
                return Checked.bad("days[" + i + "]", "a day may not hold the NUL character");
            }
        }
        return Checked.ok("");
    }

    /** A refused value as a problem repeats it: in quotes, cut short when long. */
    static String quoted(String value) {
        if (value == null) {
            return "nothing";
        }
        if (value.codePointCount(0, value.length()) <= QUOTED) {
            return "'" + value + "'";
        }
        return "'" + value.substring(0, value.offsetByCodePoints(0, QUOTED)) + "…'";
    }
}
