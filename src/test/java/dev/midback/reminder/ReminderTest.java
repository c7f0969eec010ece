package dev.midback.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a reminder next comes, in its own time zone, through clock changes. */
class ReminderTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Reminder at(String time, ZoneId zone, DayOfWeek... days) {
        Instant made = Instant.parse("2026-01-01T00:00:00Z");
        return new Reminder("r", ReminderKind.SESSION, List.of(days), LocalTime.parse(time), zone, "x", true, made, made);
    }

    @Test
    void theNextTimeIsTheNextPlannedDayAtItsTime() {
        Reminder r = at("08:00", BERLIN, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        // Wednesday 2026-01-07 at 07:59 in Berlin: later the same morning
        assertThat(r.next(Instant.parse("2026-01-07T06:59:00Z"))).isEqualTo(ZonedDateTime.parse("2026-01-07T08:00+01:00[Europe/Berlin]"));
        // exactly at 08:00 it has just come: the next is Friday
        assertThat(r.next(Instant.parse("2026-01-07T07:00:00Z"))).isEqualTo(ZonedDateTime.parse("2026-01-09T08:00+01:00[Europe/Berlin]"));
        // Friday evening: Monday
        assertThat(r.next(Instant.parse("2026-01-09T20:00:00Z")).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void aWeeklyReminderComesAWeekLaterAndKeepsItsLocalTimeOverTheClockChange() {
        Reminder r = at("08:00", BERLIN, DayOfWeek.MONDAY);
        ZonedDateTime before = r.next(Instant.parse("2026-03-23T08:00:00Z"));
        assertThat(before.toLocalDate()).hasToString("2026-03-30");
        assertThat(before.toLocalTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(before.toInstant()).isEqualTo(Instant.parse("2026-03-30T06:00:00Z"));
    }

    @Test
    void aTimeSkippedBySummerTimeComesAfterTheGap() {
        Reminder r = at("02:30", BERLIN, DayOfWeek.SUNDAY);
        assertThat(r.next(Instant.parse("2026-03-28T12:00:00Z")).toInstant()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }
}
