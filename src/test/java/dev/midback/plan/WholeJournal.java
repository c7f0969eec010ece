package dev.midback.plan;

import dev.midback.catalog.Exercise;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The progression rules as they were written when they read every session a person ever did, kept
 * here to check that the bounded history gives the same answers.
 */
final class WholeJournal {

    private final List<SessionRecord> sessions;

    WholeJournal(List<SessionRecord> sessions) {
        this.sessions = sessions.stream().sorted(Comparator.comparing(SessionRecord::date)).toList();
    }

    Setback setback() {
        if (sessions.isEmpty()) {
            return Setback.NONE;
        }
        SessionRecord latest = sessions.get(sessions.size() - 1);
        if (latest.stoppedForPain()) {
            return Setback.PAIN_STOP;
        }
        return latest.painRose() ? Setback.PAIN_ROSE : Setback.NONE;
    }

    List<String> latestExercises() {
        return sessions.isEmpty() ? List.of()
                : sessions.get(sessions.size() - 1).items().stream().map(SessionRecord.Done::exerciseId).distinct().toList();
    }

    Dose doseFor(Exercise exercise) {
        var d = exercise.dosage();
        List<Entry> entries = sessions.stream()
                .flatMap(s -> s.items().stream().filter(i -> i.exerciseId().equals(exercise.id())).limit(1)
                        .map(i -> new Entry(i.amount(), s.wasComfortable() && i.finished())))
                .toList();
        boolean back = setback() != Setback.NONE;
        if (entries.isEmpty()) {
            return back ? new Dose(d.min(), d.sets(), Dose.Change.SHORTER, 0, 0)
                    : new Dose(d.defaultAmount(), d.sets(), Dose.Change.FIRST_TIME, 0, 0);
        }
        int last = Math.max(d.min(), Math.min(d.max(), entries.get(entries.size() - 1).amount()));
        int streak = 0;
        for (int i = entries.size() - 1; i >= 0 && entries.get(i).comfortable() && entries.get(i).amount() >= last; i--) {
            streak++;
        }
        int lastSets = last < d.max() ? d.sets() : setsAfter(d.sets(), d.maxSets(), streak - 1);
        if (back) {
            return new Dose(Math.max(d.min(), last - Progression.step(d.unit())), d.sets(), Dose.Change.SHORTER, last, lastSets);
        }
        if (last < d.max()) {
            return streak >= Progression.COMFORTABLE_IN_A_ROW_TO_GROW
                    ? new Dose(Math.min(d.max(), last + Progression.step(d.unit())), d.sets(), Dose.Change.LONGER, last, lastSets)
                    : new Dose(last, d.sets(), Dose.Change.SAME, last, lastSets);
        }
        int sets = setsAfter(d.sets(), d.maxSets(), streak);
        return new Dose(last, sets, sets > lastSets ? Dose.Change.MORE_SETS : Dose.Change.SAME, last, lastSets);
    }

    int comfortableSessionsWith(String exerciseId) {
        return (int) sessions.stream()
                .filter(s -> s.wasComfortable() && s.items().stream().anyMatch(i -> i.exerciseId().equals(exerciseId) && i.finished()))
                .count();
    }

    boolean advisesProfessional() {
        if (sessions.isEmpty()) {
            return false;
        }
        LocalDate from = sessions.get(sessions.size() - 1).date().minusDays(Progression.PAIN_STOP_WINDOW_DAYS - 1L);
        return sessions.stream().filter(s -> s.stoppedForPain() && !s.date().isBefore(from)).count()
                >= Progression.PAIN_STOPS_FOR_PROFESSIONAL;
    }

    int sessionsPerWeek() {
        if (sessions.isEmpty()) {
            return Frequency.START;
        }
        LocalDate latest = sessions.get(sessions.size() - 1).date();
        if (week(latest, 0).stream().anyMatch(SessionRecord::stoppedForPain)) {
            return Frequency.AFTER_PAIN_STOP;
        }
        int goodWeeks = 0;
        while (goodWeeks < Frequency.WEEKS_LOOKED_AT && isGood(week(latest, goodWeeks))) {
            goodWeeks++;
        }
        return Frequency.START + goodWeeks;
    }

    private List<SessionRecord> week(LocalDate latest, int back) {
        LocalDate last = latest.minusDays(7L * back);
        LocalDate first = last.minusDays(6);
        return sessions.stream().filter(s -> !s.date().isBefore(first) && !s.date().isAfter(last)).toList();
    }

    private static boolean isGood(List<SessionRecord> week) {
        return week.size() >= Frequency.SESSIONS_FOR_A_GOOD_WEEK && week.stream().allMatch(SessionRecord::wasComfortable);
    }

    private static int setsAfter(int sets, int maxSets, int comfortableAtTop) {
        return Math.min(maxSets, sets + Math.max(0, comfortableAtTop) / Progression.COMFORTABLE_IN_A_ROW_TO_GROW);
    }

    private record Entry(int amount, boolean comfortable) {
    }
}
