package dev.midback.plan;

import dev.midback.catalog.DosageUnit;

/**
 * One exercise of a routine: how much (an amount in a unit, per set and per side), how long it
 * takes in all, and why it was chosen.
 */
public record RoutineItem(
        String exerciseId,
        String name,
        Phase phase,
        DosageUnit unit,
        int amount,
        int sets,
        boolean perSide,
        int seconds,
        String reason) {
}
