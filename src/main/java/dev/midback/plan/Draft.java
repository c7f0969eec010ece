package dev.midback.plan;

import dev.midback.catalog.Dosage;
import dev.midback.catalog.DosageUnit;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Kind;

/**
 * An item while the routine is being fitted to the time: its dose may shrink to the bottom of the
 * range and the fewest sets that still make a full dose, or grow to the top of the range and the
 * most sets, but never past a step back after pain, nor a passive backbend past 5 minutes. Strength
 * work never grows to fill time: it starts at one set and builds up only as the history allows.
 */
final class Draft {

    static final int PASSIVE_BACKBEND_MAX_MINUTES = 5;

    final Exercise exercise;
    final Phase phase;
    final Role role;
    final Dose dose;
    /** The exercise this one replaces after pain, or null. */
    final Exercise replaced;
    final int lowest;
    final int highest;
    final int fewestSets;
    final int mostSets;
    private final int startAmount;
    private final int startSets;
    int amount;
    int sets;

    Draft(Exercise exercise, Phase phase, Role role, Dose dose, Exercise replaced) {
        this.exercise = exercise;
        this.phase = phase;
        this.role = role;
        this.dose = dose;
        this.replaced = replaced;
        Dosage d = exercise.dosage();
        int top = isPassiveBackbend(exercise) ? Math.min(d.max(), PASSIVE_BACKBEND_MAX_MINUTES) : d.max();
        boolean fixed = dose.change() == Dose.Change.SHORTER || exercise.kind() == Kind.STRENGTH;
        this.lowest = d.min();
        this.fewestSets = d.minSets();
        this.amount = Math.max(d.min(), Math.min(top, dose.amount()));
        this.highest = fixed ? amount : top;
        this.sets = Math.max(d.minSets(), Math.min(d.maxSets(), dose.sets()));
        this.mostSets = fixed ? sets : d.maxSets();
        this.startAmount = amount;
        this.startSets = sets;
    }

    /** Back to the dose it started from. */
    void reset() {
        amount = startAmount;
        sets = startSets;
    }

    /** Seconds the smallest dose of this draft takes. */
    int leastSeconds() {
        return leastSeconds(exercise);
    }

    static boolean isPassiveBackbend(Exercise exercise) {
        return exercise.id().startsWith("passive-backbend") && exercise.dosage().unit() == DosageUnit.MINUTES;
    }

    /** Seconds the smallest dose takes: bottom of the range, the fewest sets. */
    static int leastSeconds(Exercise exercise) {
        return Timing.seconds(exercise.dosage(), exercise.dosage().min(), exercise.dosage().minSets(), exercise.perSide());
    }

    int seconds() {
        return Timing.seconds(exercise.dosage(), amount, sets, exercise.perSide());
    }

    /** Grows by one set, else one step of amount, if that adds no more than {@code room} seconds. */
    boolean grow(int room) {
        int before = seconds();
        if (sets < mostSets) {
            sets++;
            if (seconds() - before <= room) {
                return true;
            }
            sets--;
        }
        if (amount < highest) {
            int was = amount;
            amount = Math.min(highest, amount + Progression.step(exercise.dosage().unit()));
            if (seconds() - before <= room) {
                return true;
            }
            amount = was;
        }
        return false;
    }

    /** Shrinks by one step of amount, else one set; false when already at the smallest dose. */
    boolean shrink() {
        if (amount > lowest) {
            amount = Math.max(lowest, amount - Progression.step(exercise.dosage().unit()));
            return true;
        }
        if (sets > fewestSets) {
            sets--;
            return true;
        }
        return false;
    }

    void shrinkToLeast() {
        amount = lowest;
        sets = fewestSets;
    }

    /** Shrinks until it takes no more than {@code seconds}; false when even the smallest dose is longer. */
    boolean shrinkTo(int seconds) {
        while (seconds() > seconds) {
            if (!shrink()) {
                return false;
            }
        }
        return true;
    }
}
