package dev.midback.journal;

import dev.midback.catalog.DosageUnit;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a journal shows about progress, as of one day: pain before and after each session, sessions
 * per ISO week against the number the plan asked for that week ({@code plannedPerWeek} is this
 * week's), the amount done of each exercise over time, which of the last weeks' days had a
 * session, and whether pain changed by a clinically important amount.
 */
public record ProgressReport(
        LocalDate today,
        List<Session> sessions,
        int plannedPerWeek,
        List<Week> weeks,
        List<Amounts> amounts,
        List<Day> calendar,
        Optional<PainTrend> trend) {

    public ProgressReport {
        sessions = List.copyOf(sessions);
        weeks = List.copyOf(weeks);
        amounts = List.copyOf(amounts);
        calendar = List.copyOf(calendar);
    }

    /** One session's pain, in the person's local time; {@code after} is null when not given. */
    public record Session(LocalDateTime time, int before, Integer after, boolean stoppedForPain) {

        public LocalDate date() {
            return time.toLocalDate();
        }

        /** After minus before; empty when the pain after is unknown. */
        public Optional<Integer> change() {
            return after == null ? Optional.empty() : Optional.of(after - before);
        }
    }

    /** One ISO week (Monday to Sunday): the sessions done, how many were stopped for pain, and the plan. */
    public record Week(LocalDate monday, int sessions, int stoppedForPain, int planned, boolean current) {

        /** The ISO week number, 1 to 53. */
        public int number() {
            return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        }

        public boolean metPlan() {
            return sessions >= planned;
        }
    }

    /** The amount per set done of one exercise, session by session (finished items only). */
    public record Amounts(String exerciseId, String name, DosageUnit unit, List<Point> points) {

        public Amounts {
            points = List.copyOf(points);
            if (points.isEmpty()) {
                throw new IllegalArgumentException("amounts need at least one point");
            }
        }

        public Point first() {
            return points.get(0);
        }

        public Point latest() {
            return points.get(points.size() - 1);
        }

        /** Latest minus first. */
        public int growth() {
            return latest().amount() - first().amount();
        }
    }

    /** An amount done on a day. */
    public record Point(LocalDate date, int amount) {
    }

    /** One day of the adherence calendar. */
    public record Day(LocalDate date, Mark mark, int sessions) {
    }

    /** What a calendar day shows: a session done, a session stopped for pain, none, or a day still to come. */
    public enum Mark {
        DONE, STOPPED, NONE, AHEAD
    }

    public boolean isEmpty() {
        return sessions.isEmpty();
    }

    /** The first session's day; only for a report that is not empty. */
    public LocalDate from() {
        return sessions.get(0).date();
    }

    /** The latest session's day; only for a report that is not empty. */
    public LocalDate to() {
        return sessions.get(sessions.size() - 1).date();
    }

    /** How much lower pain was after a session than before it, on average over the sessions with both; empty when none. */
    public OptionalDouble averageRelief() {
        return sessions.stream().filter(s -> s.after() != null).mapToInt(s -> s.before() - s.after()).average();
    }

    /** The average change within a session in one sentence; empty when no session has the pain after. */
    public Optional<String> reliefStatement() {
        long counted = sessions.stream().filter(s -> s.after() != null).count();
        if (counted == 0) {
            return Optional.empty();
        }
        double relief = averageRelief().orElse(0);
        String over = " (" + counted + (counted == 1 ? " session" : " sessions") + " with pain noted before and after).";
        if (Math.abs(relief) < 0.05) {
            return Optional.of("On average, pain was the same after a session as before it" + over);
        }
        return Optional.of(String.format(Locale.ROOT, "On average, pain was %.1f %s after a session than before it",
                Math.abs(relief), relief > 0 ? "points lower" : "points higher") + over);
    }

    /** Calendar days with at least one session, and those with one stopped for pain. */
    public long daysWithSessions() {
        return calendar.stream().filter(d -> d.mark() == Mark.DONE || d.mark() == Mark.STOPPED).count();
    }

    public long daysStopped() {
        return calendar.stream().filter(d -> d.mark() == Mark.STOPPED).count();
    }

    /**
     * Whether pain has changed by an amount that matters, in one plain sentence: the first week
     * against the latest week of the journal, with 2 points or 30% as the mark.
     */
    public String changeStatement() {
        if (isEmpty()) {
            return "No sessions yet, so there is no change in pain to report.";
        }
        return trend.map(PainTrend::describe).orElse("Your sessions so far span less than a week. Once they span more, "
                + "this compares the pain before sessions in your first week with your latest week; a drop of 2 points "
                + "or 30% is the usual sign of a change that matters.");
    }
}
