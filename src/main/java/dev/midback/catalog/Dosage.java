package dev.midback.catalog;

/**
 * How much of an exercise to do: an amount in a unit, its default and the range the articles
 * give, the fewest sets that still make a full dose (cobra: 3 times, as the articles say), the
 * sets to start with and to build up to, and for reps and breaths the seconds one takes.
 */
public record Dosage(DosageUnit unit, int defaultAmount, int min, int max, int minSets, int sets, int maxSets, int secondsEach) {

    public Dosage {
        if (minSets < 1 || minSets > sets) {
            throw new IllegalArgumentException("dosage needs 1 <= minSets <= sets");
        }
        if (min < 1 || min > defaultAmount || defaultAmount > max) {
            throw new IllegalArgumentException("dosage needs 1 <= min <= default <= max");
        }
        if (sets < 1 || maxSets < sets) {
            throw new IllegalArgumentException("dosage needs 1 <= sets <= maxSets");
        }
        boolean repeats = unit == DosageUnit.REPS || unit == DosageUnit.BREATHS;
        if (repeats != secondsEach > 0) {
            throw new IllegalArgumentException("secondsEach is needed for reps and breaths only");
        }
    }

    /** True when the amount counts reps or breaths, which take {@link #secondsEach()} each. */
    public boolean countsRepetitions() {
        return unit == DosageUnit.REPS || unit == DosageUnit.BREATHS;
    }

    /** Seconds one set of the given amount takes, on one side. */
    public int secondsPerSet(int amount) {
        return switch (unit) {
            case SECONDS -> amount;
            case MINUTES -> amount * 60;
            case REPS, BREATHS -> amount * secondsEach;
        };
    }

    /** The range as people say it: "3-5 breaths", "20 seconds". */
    public String describeRange() {
        String range = min == max ? Integer.toString(min) : min + "-" + max;
        return range + " " + unitWord(max);
    }

    /** The default as people say it, with sets: "5 breaths, 4 times". */
    public String describeDefault() {
        String amount = defaultAmount + " " + unitWord(defaultAmount);
        if (maxSets > sets) {
            return amount + ", " + sets + " set" + (sets == 1 ? "" : "s") + " building to " + maxSets;
        }
        return sets == 1 ? amount : amount + ", " + sets + " times";
    }

    private String unitWord(int amount) {
        String word = switch (unit) {
            case REPS -> "repetition";
            case SECONDS -> "second";
            case BREATHS -> "breath";
            case MINUTES -> "minute";
        };
        return amount == 1 ? word : word + "s";
    }
}
