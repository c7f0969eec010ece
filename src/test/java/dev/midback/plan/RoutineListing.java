package dev.midback.plan;

import java.util.ArrayList;
import java.util.List;

/** A routine as text, one line an item, for golden files and failure messages. */
final class RoutineListing {

    private RoutineListing() {
    }

    static String of(Routine routine) {
        List<String> lines = new ArrayList<>();
        lines.add("verdict: " + routine.verdict().id());
        lines.add("total: " + routine.totalSeconds() + " s");
        lines.add("advice:");
        routine.advice().forEach(a -> lines.add("  - " + a));
        lines.add("items:");
        int n = 1;
        for (RoutineItem item : routine.items()) {
            lines.add("  " + n++ + ". " + item.phase().id() + " | " + item.exerciseId() + " | " + item.amount() + " "
                    + item.unit().id() + (item.sets() > 1 ? " x " + item.sets() + " sets" : "")
                    + (item.perSide() ? " each side" : "") + " | " + item.seconds() + " s");
            lines.add("     why: " + item.reason());
            if (item.keyCaution() != null) {
                lines.add("     mind: " + item.keyCaution());
            }
            lines.add(item.swaps().isEmpty() ? "     no swap: " + item.noSwapReason()
                    : "     swaps: " + String.join(", ", item.swaps().stream().map(RoutineItem.SwapOption::exerciseId).toList()));
        }
        return String.join("\n", lines) + "\n";
    }
}
