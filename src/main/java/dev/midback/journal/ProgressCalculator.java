package dev.midback.journal;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.Exercise;
import dev.midback.input.Bounds;
import dev.midback.plan.History;
import dev.midback.plan.Progression;
import dev.midback.plan.SessionRecord;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Works out a {@link ProgressReport} from journal entries, the sessions a week the plan asks for,
 * and the day it is in the person's time zone. Pure: the same entries and day give the same report.
 * The work grows with the number of entries, never with the dates they span: entries are read once,
 * oldest first, and only the recent window the charts show is kept whole.
 */
public final class ProgressCalculator {

    /** Weeks the adherence calendar shows, the current one last. */
    public static final int CALENDAR_WEEKS = 6;

    private final Catalog catalog;
    private final Progression progression;

    public ProgressCalculator(Catalog catalog) {
        this.catalog = catalog;
        this.progression = new Progression(catalog);
    }

    /** The report when the plan asked for the same number of sessions every week. */
    public ProgressReport report(List<JournalEntry> entries, int plannedPerWeek, LocalDate today, ZoneId zone) {
        return report(entries, monday -> plannedPerWeek, today, zone);
    }

    /**
     * The report, with the sessions each week's plan asked for given by the Monday the week starts
     * on (a plan grows or steps back from week to week).
     */
    public ProgressReport report(List<JournalEntry> entries, ToIntFunction<LocalDate> plannedForWeek, LocalDate today, ZoneId zone) {
        Tally tally = tally(today, zone);
        entries.stream().sorted(Comparator.comparing(JournalEntry::at).thenComparing(JournalEntry::id)).forEach(tally::add);
        return tally.report(plannedForWeek);
    }

    /** A report to build from entries handed over one by one, oldest first (as a store reads them). */
    public Tally tally(LocalDate today, ZoneId zone) {
        return new Tally(today, zone);
    }

    /**
     * The report in the making. Entries dated before 2000 or after tomorrow (which older versions
     * could store) are passed over, so no date can make the work grow.
     */
    public final class Tally {

        private final LocalDate today;
        private final ZoneId zone;
        private final LocalDate since;
        private final LocalDate calendarStart;
        private final Instant latest;
        private final PainTrend.Tally trend = new PainTrend.Tally();
        /** The sessions as the planner reads them, without their items (a week's count does not depend on them). */
        private final List<SessionRecord> plain = new ArrayList<>();
        private final ArrayDeque<JournalEntry> shown = new ArrayDeque<>();
        private final Map<LocalDate, int[]> weekCounts = new TreeMap<>();
        private final Map<LocalDate, int[]> dayCounts = new TreeMap<>();
        private boolean sorted = true;
        private int sessions;
        private int inWindow;
        private int withAfter;
        private long reliefSum;
        private LocalDate first;
        private LocalDate last;

        private Tally(LocalDate today, ZoneId zone) {
            this.today = today;
            this.zone = zone;
            this.since = monday(today).minusWeeks(ProgressReport.WINDOW_WEEKS - 1L);
            this.calendarStart = monday(today).minusWeeks(CALENDAR_WEEKS - 1L);
            this.latest = today.plusDays(2).atStartOfDay(zone).toInstant();
        }

        /** One more entry, no older than the one before (within the same second, order does not matter). */
        public void add(JournalEntry entry) {
            Instant at = entry.at();
            if (at.isBefore(Bounds.EARLIEST) || !at.isBefore(latest)) {
                return;
            }
            LocalDate date = at.atZone(zone).toLocalDate();
            sessions++;
            first = first == null || date.isBefore(first) ? date : first;
            last = last == null || date.isAfter(last) ? date : last;
            if (entry.painAfter() != null) {
                withAfter++;
                reliefSum += entry.painBefore() - entry.painAfter();
            }
            trend.add(at, entry.painBefore());
            sorted = false;
            plain.add(new SessionRecord(date, List.of(), entry.painBefore(), entry.painAfter() == null ? -1 : entry.painAfter(),
                    entry.stoppedForPain()));
            if (date.isBefore(since)) {
                return;
            }
            inWindow++;
            shown.addLast(entry);
            if (shown.size() > ProgressReport.MOST_SESSIONS) {
                shown.removeFirst();
            }
            count(weekCounts, monday(date), entry.stoppedForPain());
            if (!date.isBefore(calendarStart)) {
                count(dayCounts, date, entry.stoppedForPain());
            }
        }

        /**
         * The sessions before a day, as the planner reads a history to set the sessions a week: only
         * its recent window, found by halving, so asking for every week costs little.
         */
        public History historyBefore(LocalDate day) {
            if (!sorted) {
                plain.sort(Comparator.comparing(SessionRecord::date));
                sorted = true;
            }
            int end = firstNotBefore(day);
            if (end == 0) {
                return History.EMPTY;
            }
            int start = Math.max(firstNotBefore(History.recentFrom(plain.get(end - 1).date())), end - History.RECENT_MOST);
            return History.of(plain.subList(start, end));
        }

        /** The index of the first session dated on or after the day (the number of sessions before it). */
        private int firstNotBefore(LocalDate day) {
            int low = 0;
            int high = plain.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (plain.get(middle).date().isBefore(day)) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }

        /**
         * The report of the entries so far, each week measured against what the plan asked for as it
         * stood when the week began (it grows or steps back with the sessions before).
         */
        public ProgressReport report() {
            return report(monday -> progression.sessionsPerWeek(historyBefore(monday)));
        }

        /** The report of the entries so far, with the sessions each week's plan asked for given. */
        public ProgressReport report(ToIntFunction<LocalDate> plannedForWeek) {
            Map<LocalDate, Integer> plans = new HashMap<>();
            ToIntFunction<LocalDate> planned = monday -> plans.computeIfAbsent(monday, plannedForWeek::applyAsInt);
            List<JournalEntry> kept = List.copyOf(shown);
            List<ProgressReport.Session> charted = kept.stream()
                    .map(e -> new ProgressReport.Session(e.at().atZone(zone).toLocalDateTime(), e.painBefore(), e.painAfter(),
                            e.stoppedForPain()))
                    .toList();
            ProgressReport.Span span = sessions == 0 ? ProgressReport.Span.EMPTY
                    : new ProgressReport.Span(sessions, first, last, withAfter, reliefSum);
            return new ProgressReport(today, span, since, inWindow, charted, planned.applyAsInt(monday(today)),
                    weeks(planned), amounts(kept), calendar(), trend.trend());
        }

        /** Every ISO week of the window from the first session's on, to the current one (or the latest session's, if later). */
        private List<ProgressReport.Week> weeks(ToIntFunction<LocalDate> planned) {
            if (sessions == 0) {
                return List.of();
            }
            LocalDate thisWeek = monday(today);
            LocalDate start = max(monday(first), since);
            LocalDate end = max(thisWeek, monday(last));
            List<ProgressReport.Week> weeks = new ArrayList<>();
            for (LocalDate monday = start; !monday.isAfter(end); monday = monday.plusWeeks(1)) {
                int[] counts = weekCounts.getOrDefault(monday, new int[2]);
                weeks.add(new ProgressReport.Week(monday, counts[0], counts[1], planned.applyAsInt(monday), monday.equals(thisWeek)));
            }
            return weeks;
        }

        /** For each exercise done with a known amount: the amount per session, oldest first; most sessions first. */
        private List<ProgressReport.Amounts> amounts(List<JournalEntry> kept) {
            Map<String, List<ProgressReport.Point>> byExercise = new LinkedHashMap<>();
            for (JournalEntry entry : kept) {
                LocalDate date = entry.at().atZone(zone).toLocalDate();
                Set<String> seen = new HashSet<>();
                // The first item of each exercise in one session; a second go at the same one is not a new point.
                entry.items().stream()
                        .filter(i -> i.done() && i.amount() != null)
                        .filter(i -> seen.add(i.exerciseId()))
                        .forEach(i -> byExercise.computeIfAbsent(i.exerciseId(), id -> new ArrayList<>())
                                .add(new ProgressReport.Point(date, i.amount())));
            }
            List<ProgressReport.Amounts> amounts = new ArrayList<>();
            byExercise.forEach((id, points) -> catalog.find(id).ifPresent(
                    (Exercise e) -> amounts.add(new ProgressReport.Amounts(e.id(), e.name(), e.dosage().unit(), points))));
            amounts.sort(Comparator.comparing((ProgressReport.Amounts a) -> -a.points().size()).thenComparing(ProgressReport.Amounts::name));
            return amounts;
        }

        /** The days of the last {@value #CALENDAR_WEEKS} ISO weeks, Monday first, ending with the current week's Sunday. */
        private List<ProgressReport.Day> calendar() {
            List<ProgressReport.Day> days = new ArrayList<>();
            for (int i = 0; i < CALENDAR_WEEKS * 7; i++) {
                LocalDate date = calendarStart.plusDays(i);
                int[] counts = dayCounts.getOrDefault(date, new int[2]);
                days.add(new ProgressReport.Day(date, mark(counts, date.isAfter(today)), counts[0]));
            }
            return days;
        }
    }

    /** Adds a session to the counts of a week or a day: sessions, and those stopped for pain. */
    private static void count(Map<LocalDate, int[]> counts, LocalDate key, boolean stopped) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0]++;
        if (stopped) {
            c[1]++;
        }
    }

    /** A day with a session stopped for pain shows that, whatever else was done that day. */
    private static ProgressReport.Mark mark(int[] counts, boolean ahead) {
        if (counts[1] > 0) {
            return ProgressReport.Mark.STOPPED;
        }
        if (counts[0] > 0) {
            return ProgressReport.Mark.DONE;
        }
        return ahead ? ProgressReport.Mark.AHEAD : ProgressReport.Mark.NONE;
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
