package dev.midback.web.view;

import dev.midback.catalog.DosageUnit;

/** Amounts of an exercise in words: "30 seconds", "1 breath". */
public final class UnitText {

    private UnitText() {
    }

    public static String amount(DosageUnit unit, int amount) {
        return amount + " " + (amount == 1 ? singular(unit) : plural(unit));
    }

    public static String plural(DosageUnit unit) {
        return singular(unit) + "s";
    }

    private static String singular(DosageUnit unit) {
        return switch (unit) {
            case REPS -> "repetition";
            case SECONDS -> "second";
            case BREATHS -> "breath";
            case MINUTES -> "minute";
        };
    }
}
