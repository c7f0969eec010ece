package dev.midback.plan;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.DosageUnit;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Kind;
import dev.midback.catalog.Movement;
import dev.midback.catalog.Prop;
import dev.midback.catalog.Relation;
import dev.midback.catalog.Variant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a person's history changes in the next routine: holds grow a step after two comfortable
 * sessions in a row, harder exercises unlock after three comfortable sessions of the easier ones,
 * a session that hurt steps back, and the weekly frequency grows as it is tolerated.
 */
public final class Progression {

    /** Comfortable sessions in a row, at the current amount, before the amount grows a step. */
    public static final int COMFORTABLE_IN_A_ROW_TO_GROW = 2;
    /** Comfortable sessions of the easier exercise (or prerequisite) before a harder one unlocks. */
    public static final int COMFORTABLE_TO_UNLOCK = 3;
    /** Pain stops within {@link #PAIN_STOP_WINDOW_DAYS} days that call for a professional. */
    public static final int PAIN_STOPS_FOR_PROFESSIONAL = 2;
    public static final int PAIN_STOP_WINDOW_DAYS = 14;

    static final String SEE_A_PROFESSIONAL = "You stopped for pain more than once in the last two weeks: "
            + "see a healthcare professional before you go on, and keep to the easier exercises until then.";

    private final Catalog catalog;
    private final Frequency frequency = new Frequency();
    /** The easier variants of each exercise of the catalog, worked out once: the catalog does not change. */
    private final Map<Exercise, List<Exercise>> easier = new IdentityHashMap<>();

    public Progression(Catalog catalog) {
        this.catalog = catalog;
        catalog.exercises().forEach(e -> easier.put(e, List.copyOf(findEasierVariants(e))));
    }

    /** How much an amount grows in one step: 5 seconds, 1 rep or breath, 1 minute. */
    public static int step(DosageUnit unit) {
        return unit == DosageUnit.SECONDS ? 5 : 1;
    }

    /** Whether, and why, the latest session makes the next routine step back. */
    public Setback setback(History history) {
        Optional<SessionRecord> latest = history.latest();
        if (latest.isEmpty()) {
            return Setback.NONE;
        }
        if (latest.get().stoppedForPain()) {
            return Setback.PAIN_STOP;
        }
        return latest.get().painRose() ? Setback.PAIN_ROSE : Setback.NONE;
    }

    /** The ids of the exercises of the latest session, in the order done. */
    public List<String> latestExercises(History history) {
        return history.latest().map(s -> s.items().stream().map(SessionRecord.Done::exerciseId).distinct().toList())
                .orElse(List.of());
    }

    /** The dose the next routine starts from. */
    public Dose doseFor(Exercise exercise, History history) {
        var d = exercise.dosage();
        List<History.Take> entries = history.track(exercise.id()).takes();
        boolean back = setback(history) != Setback.NONE;
        if (entries.isEmpty()) {
            return back ? new Dose(d.min(), d.sets(), Dose.Change.SHORTER, 0, 0)
                    : new Dose(d.defaultAmount(), d.sets(), Dose.Change.FIRST_TIME, 0, 0);
        }
        int last = Math.max(d.min(), Math.min(d.max(), entries.get(entries.size() - 1).amount()));
        int streak = comfortableStreakAt(entries, last);
        int lastSets = last < d.max() ? d.sets() : setsAfter(d.sets(), d.maxSets(), streak - 1);
        if (back) {
            return new Dose(Math.max(d.min(), last - step(d.unit())), d.sets(), Dose.Change.SHORTER, last, lastSets);
        }
        if (last < d.max()) {
            return streak >= COMFORTABLE_IN_A_ROW_TO_GROW
                    ? new Dose(Math.min(d.max(), last + step(d.unit())), d.sets(), Dose.Change.LONGER, last, lastSets)
                    : new Dose(last, d.sets(), Dose.Change.SAME, last, lastSets);
        }
        int sets = setsAfter(d.sets(), d.maxSets(), streak);
        return new Dose(last, sets, sets > lastSets ? Dose.Change.MORE_SETS : Dose.Change.SAME, last, lastSets);
    }

    /**
     * Sessions that were comfortable and in which this exercise was finished, counted at least up
     * to {@value #COMFORTABLE_TO_UNLOCK} (a history read from the store counts no further).
     */
    public int comfortableSessionsWith(String exerciseId, History history) {
        return history.track(exerciseId).comfortableSessions();
    }

    /**
     * How many of an exercise's latest takes its dose is worked out from: the comfortable ones in a
     * row at the top of the range add sets up to its most, so the streak counts up to the one that
     * reaches it, and at least up to the {@value #COMFORTABLE_IN_A_ROW_TO_GROW} that make it grow.
     */
    public static int takesNeeded(Exercise exercise) {
        var d = exercise.dosage();
        return Math.max(COMFORTABLE_IN_A_ROW_TO_GROW, COMFORTABLE_IN_A_ROW_TO_GROW * (d.maxSets() - d.sets()) + 1);
    }

    /**
     * True when the exercise may be planned as far as the history goes: never when it needs an
     * instructor; otherwise every prerequisite, and one of its easier variants (when the props
     * allow any), done comfortably {@value #COMFORTABLE_TO_UNLOCK} times.
     */
    public boolean isUnlocked(Exercise exercise, History history, Collection<Prop> props) {
        if (exercise.instructorFirst()) {
            return false;
        }
        boolean prerequisitesDone = exercise.prerequisites().stream()
                .allMatch(id -> comfortableSessionsWith(id, history) >= COMFORTABLE_TO_UNLOCK);
        List<Exercise> easier = easierVariants(exercise).stream().filter(e -> e.isDoableWith(props)).toList();
        boolean easierDone = easier.isEmpty()
                || easier.stream().anyMatch(e -> comfortableSessionsWith(e.id(), history) >= COMFORTABLE_TO_UNLOCK);
        return prerequisitesDone && easierDone;
    }

    /**
     * An easier exercise for the same area that fits: an easier variant first, else a gentler
     * exercise of the same main movement (lower level, fewer demands, not strength work).
     */
    public Optional<Exercise> easierThan(Exercise exercise, Predicate<Exercise> fits) {
        Optional<Exercise> variant = easierVariants(exercise).stream().filter(fits).findFirst();
        if (variant.isPresent()) {
            return variant;
        }
        Movement main = exercise.mainMovement();
        if (main == null) {
            return Optional.empty();
        }
        return catalog.exercises().stream()
                .filter(e -> e.movements().contains(main) && hardness(e) < hardness(exercise) && fits.test(e))
                .min(Comparator.comparingInt(Progression::hardness)
                        .thenComparing(e -> -sharedRegions(e, exercise))
                        .thenComparing(Exercise::id));
    }

    /** True when the pain stops of the last 14 days (counted back from the latest session) call for a professional. */
    public boolean advisesProfessional(History history) {
        Optional<SessionRecord> latest = history.latest();
        if (latest.isEmpty()) {
            return false;
        }
        LocalDate from = latest.get().date().minusDays(PAIN_STOP_WINDOW_DAYS - 1L);
        return history.recent().stream().filter(s -> s.stoppedForPain() && !s.date().isBefore(from)).count()
                >= PAIN_STOPS_FOR_PROFESSIONAL;
    }

    /** Sessions a week to aim for: 3 to start, up to 7 after comfortable weeks, 2 after a pain stop. */
    public int sessionsPerWeek(History history) {
        return frequency.sessionsPerWeek(history);
    }

    private List<Exercise> easierVariants(Exercise exercise) {
        List<Exercise> known = easier.get(exercise);
        return known != null ? known : findEasierVariants(exercise);
    }

    private List<Exercise> findEasierVariants(Exercise exercise) {
        List<Exercise> found = new ArrayList<>();
        exercise.variants().stream().filter(v -> v.relation() == Relation.EASIER)
                .flatMap(v -> catalog.find(v.exerciseId()).stream()).forEach(found::add);
        catalog.exercises().stream()
                .filter(e -> e.variants().contains(new Variant(exercise.id(), Relation.HARDER)) && !found.contains(e))
                .sorted(Comparator.comparing(Exercise::id))
                .forEach(found::add);
        return found;
    }

    /** Lower is gentler: level first, then demands on the spine, then strength work. */
    static int hardness(Exercise e) {
        return e.level().ordinal() * 100 + e.demands().size() * 10 + (e.kind() == Kind.STRENGTH ? 1 : 0);
    }

    static int sharedRegions(Exercise a, Exercise b) {
        return (int) a.regions().stream().filter(b.regions()::contains).count();
    }

    private static int setsAfter(int sets, int maxSets, int comfortableAtTop) {
        return Math.min(maxSets, sets + Math.max(0, comfortableAtTop) / COMFORTABLE_IN_A_ROW_TO_GROW);
    }

    /** The most recent sessions in a row, done comfortably at this amount or more. */
    private static int comfortableStreakAt(List<History.Take> entries, int amount) {
        int streak = 0;
        for (int i = entries.size() - 1; i >= 0 && entries.get(i).comfortable() && entries.get(i).amount() >= amount; i--) {
            streak++;
        }
        return streak;
    }
}
