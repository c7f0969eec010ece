package dev.midback.plan;

/**
 * How much of an exercise the next routine starts from, how that compares with the last time, and
 * the amount and sets done last time (0 when never done).
 */
public record Dose(int amount, int sets, Change change, int lastAmount, int lastSets) {

    /** How the dose compares with the last time the exercise was done. */
    public enum Change {
        /** Never done before: the catalog's default. */
        FIRST_TIME,
        /** As last time. */
        SAME,
        /** A step longer: more seconds, reps, breaths or minutes. */
        LONGER,
        /** One set more, the amount being at the top of its range. */
        MORE_SETS,
        /** A step back after pain: shorter, with no extra sets. */
        SHORTER
    }
}
