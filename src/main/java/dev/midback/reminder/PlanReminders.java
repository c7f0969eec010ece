package dev.midback.reminder;

import dev.midback.input.Checked;
import dev.midback.plan.DeskBreak;
import dev.midback.plan.Week;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

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

    /** The reminders to add, and how many suggested ones were left out because one like it is already kept. */
    public record Additions(List<Reminder> reminders, int skipped) {

        public Additions {
            reminders = List.copyOf(reminders);
        }
    }

    /**
     * The suggested reminders, not yet checked, in the chosen zone. A desk break whose name cannot be
     * a label gets the kind's own label.
     */
    public static List<ReminderInput> suggest(Week week, Suggestion.Times times) {
        String zone = times.zone().getId();
        List<ReminderInput> suggested = new ArrayList<>();
        List<String> sessionDays = week.sessionDays().stream().map(LocalDate::getDayOfWeek).distinct().sorted()
                .map(Weekdays::code).toList();
        if (!sessionDays.isEmpty()) {
            suggested.add(new ReminderInput(ReminderKind.SESSION.id(), sessionDays, Reminder.hhmm(times.sessionAt()), zone,
                    ReminderKind.SESSION.defaultLabel(), true));
        }
        List<String> workdays = Weekdays.WORKDAYS.stream().map(Weekdays::code).toList();
        for (DeskBreak deskBreak : week.deskBreaks()) {
            String label = deskBreak.name() != null && ReminderInput.labelProblem(deskBreak.name().strip()).isEmpty()
                    ? deskBreak.name() : null;
            for (LocalTime at : hoursBetween(times.workStarts(), times.workEnds())) {
                suggested.add(new ReminderInput(ReminderKind.DESK_BREAK.id(), workdays, Reminder.hhmm(at), zone, label, true));
            }
        }
        return suggested;
    }

    /**
     * The suggested reminders to keep, made {@code now} with ids from {@code newId}: each one that
     * comes at the same moments for the same purpose as one {@code kept} (or as one suggested before
     * it) is skipped, so suggesting twice adds nothing the second time.
     */
    public static Additions additions(Week week, Suggestion.Times times, List<Reminder> kept, Supplier<String> newId, Instant now) {
        List<Reminder> added = new ArrayList<>();
        int skipped = 0;
        for (ReminderInput input : suggest(week, times)) {
            Checked<Reminder> checked = input.check(newId.get(), times.zone(), now, now);
            if (!checked.isValid()) {
                throw new IllegalStateException("a suggested reminder is refused at " + checked.field() + ": " + checked.problem());
            }
            Reminder r = checked.value();
            if (kept.stream().anyMatch(r::sameSlotAs) || added.stream().anyMatch(r::sameSlotAs)) {
                skipped++;
            } else {
                added.add(r);
            }
        }
        return new Additions(added, skipped);
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
