package dev.midback.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.plan.DeskBreak;
import dev.midback.plan.Week;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reminders suggested from a week's plan: the session days, and a posture check each working hour. */
class PlanRemindersTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    private static final DeskBreak POSTURE = new DeskBreak("mountain-pose", "Posture check", "every hour", "stand tall");

    private static List<Reminder> suggest(Week week, String starts, String ends) {
        Instant now = Instant.parse("2026-01-05T06:00:00Z");
        return PlanReminders.suggest(week, LocalTime.of(7, 30), LocalTime.parse(starts), LocalTime.parse(ends), "Europe/Dublin").stream()
                .map(in -> in.check("id", ZoneId.of("UTC"), now, now))
                .map(ReminderInput.Checked::reminder)
                .toList();
    }

    @Test
    void theSessionReminderFallsOnThePlannedDaysAndBreaksOnEachWorkingHour() {
        Week week = new Week(MONDAY, 3, List.of(MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(4)), List.of(POSTURE));
        List<Reminder> suggested = suggest(week, "09:00", "17:00");

        Reminder sessions = suggested.get(0);
        assertThat(sessions.kind()).isEqualTo(ReminderKind.SESSION);
        assertThat(sessions.days()).extracting(Weekdays::code).containsExactly("MO", "WE", "FR");
        assertThat(sessions.clock()).isEqualTo("07:30");
        assertThat(sessions.zone()).isEqualTo(ZoneId.of("Europe/Dublin"));

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
}
