package dev.midback.plan;

import dev.midback.catalog.Dosage;

/**
 * How long an item of a routine takes: a short get-ready before it, every set (both sides when
 * the exercise is done on each side) and a short rest between sets.
 */
public final class Timing {

    /** Seconds to get into place before each item. */
    public static final int TRANSITION_SECONDS = 10;
    /** Seconds of rest between two sets of one item. */
    public static final int REST_BETWEEN_SETS_SECONDS = 10;

    private Timing() {
    }

    /** Seconds an item takes in all: transition, sets (both sides when per side) and rests between sets. */
    public static int seconds(Dosage dosage, int amount, int sets, boolean perSide) {
        int sides = perSide ? 2 : 1;
        return TRANSITION_SECONDS + sets * sides * dosage.secondsPerSet(amount) + (sets - 1) * REST_BETWEEN_SETS_SECONDS;
    }
}
