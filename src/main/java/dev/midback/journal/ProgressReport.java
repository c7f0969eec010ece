package dev.midback.journal;

import dev.midback.catalog.DosageUnit;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a journal shows about progress, as of one day. Over the whole journal: how many sessions,
 * from which day to which, the average change within a session, and whether pain changed by a
 * clinically important amount from the first week to the latest. Over a recent window only (the
 * last {@value #WINDOW_WEEKS} ISO weeks, and of them the latest {@value #MOST_SESSIONS} sessions at
 * most), so that a page or a report stays the same size however long the journal grows: pain
 * before and after each session, sessions per week against the number the plan asked for that
 * week ({@code plannedPerWeek} is this week's), the amount done of each exercise over time, and
 * which of the last weeks' days had a session.
 */
public record ProgressReport(
        LocalDate today,
        Span span,
        LocalDate since,
        int inWindow,
        List<Session> sessions,
        int plannedPerWeek,
        List<Week> weeks,
        List<Amounts> amounts,
        List<Day> calendar,
        Optional<PainTrend> trend) {

    /** The weeks the charts and tables cover, the current one last. */
    public static final int WINDOW_WEEKS = 12;
    /** The most sessions the charts and tables list, the latest ones. */
    public static final int MOST_SESSIONS = 200;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public ProgressReport {
        sessions = List.copyOf(sessions);
        weeks = List.copyOf(weeks);
        amounts = List.copyOf(amounts);
        calendar = List.copyOf(calendar);
    }

    /**
     * The whole journal in a few numbers: its sessions, the first and latest day (null when there
     * are none), and the sessions with the pain after noted with the sum of their drops in pain.
     */
    public record Span(int sessions, LocalDate first, LocalDate last, int withAfter, long reliefSum) {

        public static final Span EMPTY = new Span(0, null, null, 0, 0);
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
        return span.sessions() == 0;
    }

    /** The first session's day; only for a report that is not empty. */
    public LocalDate from() {
        return span.first();
    }

    /** The latest session's day; only for a report that is not empty. */
    public LocalDate to() {
        return span.last();
    }

    /** The first charted session's day; only when a session is charted. */
    public LocalDate shownFrom() {
        return sessions.get(0).date();
    }

    /** The latest charted session's day; only when a session is charted. */
    public LocalDate shownTo() {
        return sessions.get(sessions.size() - 1).date();
    }

    /** Whether the charts and tables leave out some sessions (older ones, or more than fit). */
    public boolean isPartial() {
        return sessions.size() < span.sessions();
    }

    /**
     * Which sessions the charts and tables cover, in one sentence: all of them, or the last weeks
     * (and then the latest sessions of those, when there are more than fit).
     */
    public String coverage() {
        String weeksText = "the last " + WINDOW_WEEKS + " weeks (from " + DATE.format(since) + ")";
        if (!isPartial()) {
            return "The charts and tables show every session (they cover at most the last " + WINDOW_WEEKS + " weeks).";
        }
        String of = sessions.size() + " of your " + span.sessions() + " sessions";
        String which = sessions.size() < inWindow
                ? "the latest " + sessions.size() + " of the " + inWindow + " sessions in " + weeksText + ", " + of
                : weeksText + ": " + of;
        return "The charts and tables show " + which + ". The change in pain and the average within a session cover every session.";
    }

    /** How much lower pain was after a session than before it, on average over the sessions with both; empty when none. */
    public OptionalDouble averageRelief() {
        return span.withAfter() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) span.reliefSum() / span.withAfter());
    }

    /** The average change within a session in one sentence; empty when no session has the pain after. */
    public Optional<String> reliefStatement() {
        long counted = span.withAfter();
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
