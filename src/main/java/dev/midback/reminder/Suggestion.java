package dev.midback.reminder;

import dev.midback.input.Bounds;
import dev.midback.input.Checked;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * What a person chooses before reminders are suggested from the plan, as typed: when to do the
 * session, when work starts and ends, and the time zone ({@code null} for the server's).
 * {@link #check} gives the times, or the field at fault in words for the person.
 */
public record Suggestion(String sessionTime, String workStarts, String workEnds, String timeZone) {

    /** The session time offered first: early, before work. */
    public static final String SESSION_AT = "07:30";
    /** The working day offered first. */
    public static final String WORK_STARTS = "09:00";
    public static final String WORK_ENDS = "17:00";

    /** The choices, checked: work ends after it starts on the same day. */
    public record Times(LocalTime sessionAt, LocalTime workStarts, LocalTime workEnds, ZoneId zone) {
    }

    /** The choices offered before any are made: a session at 07:30, work from 09:00 to 17:00, in {@code zone}. */
    public static Suggestion usual(String zone) {
        return new Suggestion(SESSION_AT, WORK_STARTS, WORK_ENDS, zone);
    }

    /** The times, with {@code defaultZone} (by its IANA name) when no zone is named; or the field at fault. */
    public Checked<Times> check(ZoneId defaultZone) {
        for (String[] field : new String[][] {{"sessionTime", sessionTime}, {"workStarts", workStarts}, {"workEnds", workEnds},
                {"timeZone", timeZone}}) {
            if (Bounds.hasNul(field[1])) {
                return Checked.bad(field[0], "Please leave out the NUL character.");
            }
        }
        var session = ReminderInput.parseTime(sessionTime);
        if (session.isEmpty()) {
            return Checked.bad("sessionTime", "Please give the session time as HH:mm, such as 07:30.");
        }
        var starts = ReminderInput.parseTime(workStarts);
        if (starts.isEmpty()) {
            return Checked.bad("workStarts", "Please give the time work starts as HH:mm, such as 09:00.");
        }
        var ends = ReminderInput.parseTime(workEnds);
        if (ends.isEmpty()) {
            return Checked.bad("workEnds", "Please give the time work ends as HH:mm, such as 17:00.");
        }
        if (!ends.get().isAfter(starts.get())) {
            return Checked.bad("workEnds", "Work has to end after it starts, on the same day.");
        }
        if (timeZone != null && !Zones.isKnown(timeZone)) {
            return Checked.bad("timeZone", "Please give a time zone name such as Europe/Berlin, not "
                    + ReminderInput.quoted(timeZone) + ".");
        }
        return Checked.ok(new Times(session.get(), starts.get(), ends.get(), ZoneId.of(timeZone == null ? Zones.idOf(defaultZone) : timeZone)));
    }
}
