package dev.midback.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.input.Checked;
import dev.midback.plan.DeskBreak;
import dev.midback.plan.Week;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Reminders suggested from a week's plan: the session days, and a posture check each working hour. */
class PlanRemindersTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    private static final Instant NOW = Instant.parse("2026-01-05T06:00:00Z");
    private static final ZoneId DUBLIN = ZoneId.of("Europe/Dublin");
    private static final DeskBreak POSTURE = new DeskBreak("mountain-pose", "Posture check", "every hour", "stand tall");
    private static final Week THREE_DAYS = new Week(MONDAY, 3, List.of(MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(4)),
            List.of(POSTURE));

    private static Suggestion.Times times(String starts, String ends) {
        return new Suggestion.Times(LocalTime.of(7, 30), LocalTime.parse(starts), LocalTime.parse(ends), DUBLIN);
    }

    private static List<Reminder> suggest(Week week, String starts, String ends) {
        return PlanReminders.suggest(week, times(starts, ends)).stream()
                .map(in -> in.check("id", ZoneId.of("UTC"), NOW, NOW))
                .map(Checked::value)
                .toList();
    }

    private static Supplier<String> ids() {
        AtomicInteger next = new AtomicInteger();
        return () -> "r" + next.incrementAndGet();
    }

    @Test
    void theSessionReminderFallsOnThePlannedDaysAndBreaksOnEachWorkingHour() {
        List<Reminder> suggested = suggest(THREE_DAYS, "09:00", "17:00");

        Reminder sessions = suggested.get(0);
        assertThat(sessions.kind()).isEqualTo(ReminderKind.SESSION);
        assertThat(sessions.days()).extracting(Weekdays::code).containsExactly("MO", "WE", "FR");
        assertThat(sessions.clock()).isEqualTo("07:30");
        assertThat(sessions.zone()).isEqualTo(DUBLIN);

        List<Reminder> breaks = suggested.subList(1, suggested.size());
        assertThat(breaks).extracting(Reminder::clock)
                .containsExactly("10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00");
        assertThat(breaks).allSatisfy(b -> {
            assertThat(b.kind()).isEqualTo(ReminderKind.DESK_BREAK);
            assertThat(b.label()).isEqualTo("Posture check");
            assertThat(b.days()).extracting(Weekdays::code).containsExactly("MO", "TU", "WE", "TH", "FR");
        });
    }

    @Test
    void hoursCountFromWhenWorkStarts() {
        Week week = new Week(MONDAY, 2, List.of(MONDAY, MONDAY.plusDays(3)), List.of(POSTURE));
        assertThat(suggest(week, "08:30", "12:00")).extracting(Reminder::clock).containsExactly("07:30", "09:30", "10:30", "11:30");
    }

    @Test
    void noPlannedSessionsAndNoDeskBreaksSuggestNothing() {
        assertThat(suggest(new Week(MONDAY, 0, List.of(), List.of()), "09:00", "17:00")).isEmpty();
    }

    @Test
    void aDeskBreakNameThatCannotBeALabelGivesTheKindsOwn() {
        DeskBreak odd = new DeskBreak("odd", "x".repeat(Reminder.MAX_LABEL + 1), "every hour", "stand");
        List<Reminder> suggested = suggest(new Week(MONDAY, 0, List.of(), List.of(odd)), "09:00", "11:00");
        assertThat(suggested).extracting(Reminder::label).containsExactly(ReminderKind.DESK_BREAK.defaultLabel());
    }

    @Test
    void allSuggestedRemindersAreAddedWhenNoneAreKept() {
        PlanReminders.Additions additions = PlanReminders.additions(THREE_DAYS, times("09:00", "17:00"), List.of(), ids(), NOW);
        assertThat(additions.skipped()).isZero();
        assertThat(additions.reminders()).hasSize(8);
        assertThat(additions.reminders()).extracting(Reminder::id).doesNotHaveDuplicates();
        assertThat(additions.reminders()).allSatisfy(r -> {
            assertThat(r.created()).isEqualTo(NOW);
            assertThat(r.zone()).isEqualTo(DUBLIN);
        });
    }

    @Test
    void remindersAlreadyKeptAtTheSameMomentsAreSkipped() {
        List<Reminder> kept = PlanReminders.additions(THREE_DAYS, times("09:00", "12:00"), List.of(), ids(), NOW).reminders();
        assertThat(kept).extracting(Reminder::clock).containsExactly("07:30", "10:00", "11:00");

        PlanReminders.Additions again = PlanReminders.additions(THREE_DAYS, times("09:00", "14:00"), kept, ids(), NOW);
        assertThat(again.skipped()).isEqualTo(3);
        assertThat(again.reminders()).extracting(Reminder::clock).containsExactly("12:00", "13:00");
    }

    @Test
    void aKeptReminderWithAnotherLabelStillCountsAsTheSameSlot() {
        Reminder mine = new Reminder("mine", ReminderKind.DESK_BREAK, List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), LocalTime.of(10, 0), DUBLIN, "Stand up!", false, NOW, NOW);
        PlanReminders.Additions additions = PlanReminders.additions(THREE_DAYS, times("09:00", "12:00"), List.of(mine), ids(), NOW);
        assertThat(additions.skipped()).isEqualTo(1);
        assertThat(additions.reminders()).extracting(Reminder::clock).containsExactly("07:30", "11:00");
    }

    @Test
    void aKeptReminderInAnotherZoneOrOnOtherDaysIsNotTheSameSlot() {
        Reminder sameHourElsewhere = new Reminder("a", ReminderKind.SESSION, List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.FRIDAY), LocalTime.of(7, 30), ZoneId.of("Europe/London"), "x", true, NOW, NOW);
        Reminder fewerDays = new Reminder("b", ReminderKind.SESSION, List.of(DayOfWeek.MONDAY), LocalTime.of(7, 30), DUBLIN, "x",
                true, NOW, NOW);
        PlanReminders.Additions additions = PlanReminders.additions(THREE_DAYS, times("09:00", "10:00"),
                List.of(sameHourElsewhere, fewerDays), ids(), NOW);
        assertThat(additions.skipped()).isZero();
        assertThat(additions.reminders()).extracting(Reminder::kind).containsExactly(ReminderKind.SESSION);
    }

    @Test
    void twoDeskBreaksAtTheSameHoursAreAddedOnce() {
        DeskBreak other = new DeskBreak("doorway", "Posture check", "every hour", "open the chest");
        Week week = new Week(MONDAY, 0, List.of(), List.of(POSTURE, other));
        PlanReminders.Additions additions = PlanReminders.additions(week, times("09:00", "12:00"), List.of(), ids(), NOW);
        assertThat(additions.reminders()).extracting(Reminder::clock).containsExactly("10:00", "11:00");
        assertThat(additions.skipped()).isEqualTo(2);
    }
}
