package dev.midback.reminder;

import dev.midback.plan.DeskBreak;
import dev.midback.plan.Week;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reminders that follow a week's plan: one for the stretching sessions, on the planned days at the
 * chosen time; and for each desk break of the plan, one per hour of the working day on weekdays,
 * the first an hour after work starts and the last before it ends. Each hour is a reminder of its
 * own rather than one rule repeating within the day: not every calendar app understands such a
 * rule, and a single hour can then be moved or switched off.
 */
public final class PlanReminders {

    private PlanReminders() {
    }

    /** The suggested reminders, not yet checked; {@code zone} is the IANA name they use. */
    public static List<ReminderInput> suggest(Week week, LocalTime sessionAt, LocalTime workStarts, LocalTime workEnds, String zone) {
        List<ReminderInput> suggested = new ArrayList<>();
        List<String> sessionDays = week.sessionDays().stream().map(LocalDate::getDayOfWeek).distinct().sorted()
                .map(Weekdays::code).toList();
        if (!sessionDays.isEmpty()) {
            suggested.add(new ReminderInput(ReminderKind.SESSION.id(), sessionDays, Reminder.hhmm(sessionAt), zone,
                    ReminderKind.SESSION.defaultLabel(), true));
        }
        List<String> workdays = Weekdays.WORKDAYS.stream().map(Weekdays::code).toList();
        for (DeskBreak deskBreak : week.deskBreaks()) {
            for (LocalTime at : hoursBetween(workStarts, workEnds)) {
                suggested.add(new ReminderInput(ReminderKind.DESK_BREAK.id(), workdays, Reminder.hhmm(at), zone, deskBreak.name(), true));
            }
        }
        return suggested;
    }

    /** On the hour counted from the start, after it and before the end: 10:00 to 16:00 for 09:00 to 17:00. */
    static List<LocalTime> hoursBetween(LocalTime start, LocalTime end) {
        List<LocalTime> hours = new ArrayList<>();
        for (LocalTime at = start.plusHours(1); at.isAfter(start) && at.isBefore(end); at = at.plusHours(1)) {
            hours.add(at);
        }
        return hours;
    }
}
