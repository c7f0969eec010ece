package dev.midback.input;

import java.time.Duration;
import java.time.Instant;

/** The limits every face puts on input, so no value can break a page or cost unbounded work. */
public final class Bounds {

    /** Nothing is recorded before this: the app and its reference articles are younger. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** How far a device's clock may run ahead of the server's. */
    public static final Duration CLOCK_SKEW = Duration.ofDays(1);

    private Bounds() {
    }

    /** Whether a moment is within the window a record may carry: from 2000 to a day after now. */
    public static boolean isSaneMoment(Instant at, Instant now) {
        return !at.isBefore(EARLIEST) && !at.isAfter(now.plus(CLOCK_SKEW));
    }

    /** What is wrong with a moment outside that window, for the field named. */
    public static String momentProblem(String field, Instant now) {
        return field + " must be a moment from 2000-01-01 to a day from now (" + now.plus(CLOCK_SKEW).toString().substring(0, 10) + ")";
    }

    /** Whether a text holds the NUL character, which no field may carry. */
    public static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }
}
