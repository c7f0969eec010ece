package dev.midback.reminder;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A weekly reminder: on these days, at this time of day in this time zone, with a label. {@code
 * created} anchors its calendar event; {@code changed} is when it was last written.
 */
public record Reminder(String id, ReminderKind kind, List<DayOfWeek> days, LocalTime time, ZoneId zone, String label,
                       boolean enabled, Instant created, Instant changed) {

    public static final int MAX_LABEL = 100;

    public Reminder {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        days = days.stream().distinct().sorted().toList();
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a reminder needs at least one day");
        }
        time = time.truncatedTo(ChronoUnit.MINUTES);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(label);
        Objects.requireNonNull(created);
        Objects.requireNonNull(changed);
    }

    /** The first time it comes after {@code after} (a moment skipped by a clock change moves on by the gap). */
    public ZonedDateTime next(Instant after) {
        LocalDate day = after.atZone(zone).toLocalDate();
        for (int i = 0; i <= 7; i++) {
            LocalDate date = day.plusDays(i);
            ZonedDateTime at = ZonedDateTime.of(date, time, zone);
            if (days.contains(date.getDayOfWeek()) && at.toInstant().isAfter(after)) {
                return at;
            }
        }
        throw new IllegalStateException("unreachable: a reminder has at least one day");
    }

    /** The first of its days on or after {@code date}. */
    public LocalDate firstDayFrom(LocalDate date) {
        LocalDate day = date;
        while (!days.contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** True when both come at the same moments for the same purpose (the label aside). */
    public boolean sameSlotAs(Reminder other) {
        return kind == other.kind && days.equals(other.days) && time.equals(other.time) && zone.equals(other.zone);
    }

    /** The time as {@code HH:mm}. */
    public String clock() {
        return hhmm(time);
    }

    public static String hhmm(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
