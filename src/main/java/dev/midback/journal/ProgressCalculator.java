package dev.midback.journal;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.Exercise;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Works out a {@link ProgressReport} from journal entries, the sessions a week the plan asks for,
 * and the day it is in the person's time zone. Pure: the same entries and day give the same report.
 */
public final class ProgressCalculator {

    /** Weeks the adherence calendar shows, the current one last. */
    public static final int CALENDAR_WEEKS = 6;

    private final Catalog catalog;

    public ProgressCalculator(Catalog catalog) {
        this.catalog = catalog;
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
        List<JournalEntry> sorted = entries.stream().sorted(Comparator.comparing(JournalEntry::at)).toList();
        List<ProgressReport.Session> sessions = sorted.stream()
                .map(e -> new ProgressReport.Session(e.at().atZone(zone).toLocalDateTime(), e.painBefore(), e.painAfter(),
                        e.stoppedForPain()))
                .toList();
        return new ProgressReport(today, sessions, plannedForWeek.applyAsInt(monday(today)), weeks(sessions, plannedForWeek, today),
                amounts(sorted, zone), calendar(sessions, today), PainTrend.of(sorted));
    }

    /** Every ISO week from the first session's to the current one (or the latest session's, if later). */
    private static List<ProgressReport.Week> weeks(List<ProgressReport.Session> sessions, ToIntFunction<LocalDate> planned,
                                                   LocalDate today) {
        if (sessions.isEmpty()) {
            return List.of();
        }
        LocalDate first = monday(sessions.get(0).date());
        LocalDate thisWeek = monday(today);
        LocalDate last = max(thisWeek, monday(sessions.get(sessions.size() - 1).date()));
        List<ProgressReport.Week> weeks = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            LocalDate start = monday;
            List<ProgressReport.Session> in = sessions.stream().filter(s -> monday(s.date()).equals(start)).toList();
            weeks.add(new ProgressReport.Week(monday, in.size(), (int) in.stream().filter(ProgressReport.Session::stoppedForPain).count(),
                    planned.applyAsInt(monday), monday.equals(thisWeek)));
        }
        return weeks;
    }

    /** For each exercise done with a known amount: the amount per session, oldest first; most sessions first. */
    private List<ProgressReport.Amounts> amounts(List<JournalEntry> sorted, ZoneId zone) {
        Map<String, List<ProgressReport.Point>> byExercise = new LinkedHashMap<>();
        for (JournalEntry entry : sorted) {
            LocalDate date = entry.at().atZone(zone).toLocalDate();
            entry.items().stream()
                    .filter(i -> i.done() && i.amount() != null)
                    .filter(distinctExercise())
                    .forEach(i -> byExercise.computeIfAbsent(i.exerciseId(), id -> new ArrayList<>())
                            .add(new ProgressReport.Point(date, i.amount())));
        }
        List<ProgressReport.Amounts> amounts = new ArrayList<>();
        byExercise.forEach((id, points) -> catalog.find(id).ifPresent(
                (Exercise e) -> amounts.add(new ProgressReport.Amounts(e.id(), e.name(), e.dosage().unit(), points))));
        amounts.sort(Comparator.comparing((ProgressReport.Amounts a) -> -a.points().size()).thenComparing(ProgressReport.Amounts::name));
        return amounts;
    }

    /** The first item of each exercise in one session; a second go at the same one is not a new point. */
    private static Predicate<JournalEntry.Item> distinctExercise() {
        Set<String> seen = new HashSet<>();
        return i -> seen.add(i.exerciseId());
    }

    /** The days of the last {@value #CALENDAR_WEEKS} ISO weeks, Monday first, ending with the current week's Sunday. */
    private static List<ProgressReport.Day> calendar(List<ProgressReport.Session> sessions, LocalDate today) {
        LocalDate start = monday(today).minusWeeks(CALENDAR_WEEKS - 1L);
        List<ProgressReport.Day> days = new ArrayList<>();
        for (int i = 0; i < CALENDAR_WEEKS * 7; i++) {
            LocalDate date = start.plusDays(i);
            List<ProgressReport.Session> on = sessions.stream().filter(s -> s.date().equals(date)).toList();
            days.add(new ProgressReport.Day(date, mark(on, date.isAfter(today)), on.size()));
        }
        return days;
    }

    /** A day with a session stopped for pain shows that, whatever else was done that day. */
    private static ProgressReport.Mark mark(List<ProgressReport.Session> on, boolean ahead) {
        if (on.stream().anyMatch(ProgressReport.Session::stoppedForPain)) {
            return ProgressReport.Mark.STOPPED;
        }
        if (!on.isEmpty()) {
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
