package dev.midback.cli;

import dev.midback.catalog.Coded;
import dev.midback.catalog.Dosage;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Prop;
import java.util.List;
import java.util.stream.Collectors;

/** Short plain-text descriptions of an exercise's parts, for the terminal. */
final class Describe {

    private Describe() {
    }

    /** The dose in a few characters: "5-7 breaths x4", "15-30 s/side"; building up to more sets is left to {@code show}. */
    static String dose(Exercise e) {
        Dosage d = e.dosage();
        String unit = switch (d.unit()) {
            case REPS -> " reps";
            case SECONDS -> " s";
            case BREATHS -> " breaths";
            case MINUTES -> " min";
        };
        String range = d.min() == d.max() ? Integer.toString(d.min()) : d.min() + "-" + d.max();
        String sets = d.sets() > 1 ? " x" + d.sets() : "";
        return range + unit + sets + (e.perSide() ? "/side" : "");
    }

    /** What the exercise needs: "towel|blanket|mat", or "nothing". */
    static String needs(Exercise e) {
        if (e.needs().isEmpty()) {
            return "nothing";
        }
        return e.needs().stream()
                .map(choice -> choice.anyOf().stream().map(Prop::id).collect(Collectors.joining(" or ")))
                .collect(Collectors.joining(" and "));
    }

    /** An item's amount as people say it: "5 reps", "20 s a side", "5 breaths x4". */
    static String amount(dev.midback.plan.RoutineItem item) {
        String unit = switch (item.unit()) {
            case REPS -> item.amount() == 1 ? " rep" : " reps";
            case SECONDS -> " s";
            case BREATHS -> item.amount() == 1 ? " breath" : " breaths";
            case MINUTES -> " min";
        };
        return item.amount() + unit + (item.perSide() ? " a side" : "") + (item.sets() > 1 ? " x" + item.sets() : "");
    }

    static String list(List<? extends Coded> members) {
        return members.stream().map(Coded::id).collect(Collectors.joining(", "));
    }
}
