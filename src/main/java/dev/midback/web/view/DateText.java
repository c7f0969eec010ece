package dev.midback.web.view;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as the history and progress pages write them. */
public final class DateText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private DateText() {
    }

    /** "Tue 17 Nov 2026, 08:30". */
    public static String when(LocalDateTime time) {
        return DAY.format(time) + ", " + TIME.format(time);
    }

    /** "17 Nov". */
    public static String dayMonth(LocalDate date) {
        return SHORT.format(date);
    }

    /** "17 Nov 2026". */
    public static String date(LocalDate date) {
        return LONG.format(date);
    }

    /** "3 Nov to 8 Dec 2026", or "3 Nov 2025 to 8 Jan 2026" across a year, or one date. */
    public static String range(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return date(from);
        }
        return (from.getYear() == to.getYear() ? dayMonth(from) : date(from)) + " to " + date(to);
    }
}
