package dev.midback.reminder;

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
 * reminder or the field at fault, so nothing half-checked is stored. A missing time zone means the
 * server's, a missing label the kind's own, a missing {@code enabled} means on.
 */
public record ReminderInput(String kind, List<String> days, String time, String timeZone, String label, Boolean enabled) {

    private static final Pattern CLOCK = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final String DAY_CODES = "MO, TU, WE, TH, FR, SA, SU";

    /** Either a reminder, or the field at fault and what is wrong with it. */
    public record Checked(Reminder reminder, String field, String problem) {

        static Checked bad(String field, String problem) {
            return new Checked(null, field, problem);
        }

        public boolean isValid() {
            return reminder != null;
        }
    }

    /** A time of day written {@code HH:mm}, from 00:00 to 23:59. */
    public static Optional<LocalTime> parseTime(String text) {
        return text != null && CLOCK.matcher(text).matches() ? Optional.of(LocalTime.parse(text)) : Optional.empty();
    }

    /**
     * The reminder with this id: {@code defaultZone} when none is named, {@code created} kept from
     * the first version, {@code changed} now.
     */
    public Checked check(String id, ZoneId defaultZone, Instant created, Instant changed) {
        if (kind == null || kind.isBlank()) {
            return Checked.bad("kind", "kind is required: session or desk-break");
        }
        Optional<ReminderKind> theKind = ReminderKind.of(kind);
        if (theKind.isEmpty()) {
            return Checked.bad("kind", "kind must be session or desk-break, not '" + kind + "'");
        }
        if (days == null || days.isEmpty()) {
            return Checked.bad("days", "days is required: one or more of " + DAY_CODES);
        }
        List<DayOfWeek> theDays = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            Optional<DayOfWeek> day = Weekdays.parse(days.get(i));
            if (day.isEmpty()) {
                return Checked.bad("days[" + i + "]", "each day must be one of " + DAY_CODES + ", not '" + days.get(i) + "'");
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
            return Checked.bad("time", "time must be a time of day as HH:mm from 00:00 to 23:59, not '" + time + "'");
        }
        ZoneId zone = defaultZone;
        if (timeZone != null && !timeZone.isBlank()) {
            if (!Zones.isKnown(timeZone.strip())) {
                return Checked.bad("timeZone", "timeZone must be a time zone name such as Europe/Berlin or America/New_York, not '"
                        + timeZone + "'");
            }
            zone = ZoneId.of(timeZone.strip());
        }
        String theLabel = label == null || label.isBlank() ? theKind.get().defaultLabel() : label.strip();
        if (theLabel.chars().anyMatch(Character::isISOControl)) {
            return Checked.bad("label", "label must be one line of text");
        }
        int length = theLabel.codePointCount(0, theLabel.length());
        if (length > Reminder.MAX_LABEL) {
            return Checked.bad("label", "label is limited to " + Reminder.MAX_LABEL + " characters, not " + length);
        }
        return new Checked(new Reminder(id, theKind.get(), theDays, theTime.get(), zone, theLabel, enabled == null || enabled,
                created, changed), null, null);
    }
}
