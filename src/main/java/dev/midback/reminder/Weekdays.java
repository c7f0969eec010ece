package dev.midback.reminder;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Days of the week as iCalendar writes them ({@code MO} to {@code SU}) and as people read them. */
public final class Weekdays {

    public static final List<DayOfWeek> WORKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private Weekdays() {
    }

    /** The two-letter code: {@code MO} for Monday. */
    public static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    public static Optional<DayOfWeek> parse(String code) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (code(day).equals(code)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** {@code every day}, {@code weekdays}, {@code weekends}, or the days: {@code Mon, Wed, Fri}. */
    public static String describe(List<DayOfWeek> days) {
        EnumSet<DayOfWeek> set = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
        if (set.size() == 7) {
            return "every day";
        }
        if (set.equals(EnumSet.copyOf(WORKDAYS))) {
            return "weekdays";
        }
        if (set.equals(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))) {
            return "weekends";
        }
        return set.stream().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).collect(Collectors.joining(", "));
    }
}
