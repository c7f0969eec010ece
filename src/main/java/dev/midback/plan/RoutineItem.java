package dev.midback.plan;

import dev.midback.catalog.DosageUnit;
import java.util.List;

/**
 * One exercise of a routine: how much (an amount in a unit, per set and per side), how long it
 * takes in all, why it was chosen, the one caution that matters most for this person (null when
 * none), and what it could be swapped for during the session, best first, or why nothing can
 * ({@code noSwapReason}, null when there are swaps).
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
        String reason,
        String keyCaution,
        List<SwapOption> swaps,
        String noSwapReason) {

    public RoutineItem {
        swaps = List.copyOf(swaps);
    }

    /** An item with no key caution and no swaps worked out yet. */
    public RoutineItem(String exerciseId, String name, Phase phase, DosageUnit unit, int amount, int sets, boolean perSide,
            int seconds, String reason) {
        this(exerciseId, name, phase, unit, amount, sets, perSide, seconds, reason, null, List.of(), null);
    }

    /** The same item with its swaps, or with the reason it has none. */
    public RoutineItem withSwaps(List<SwapOption> options, String reasonForNone) {
        return new RoutineItem(exerciseId, name, phase, unit, amount, sets, perSide, seconds, reason, keyCaution, options,
                options.isEmpty() ? reasonForNone : null);
    }

    /** True when the swaps were worked out when it was planned (plans kept before that have neither). */
    public boolean swapsDecided() {
        return !swaps.isEmpty() || noSwapReason != null;
    }

    /** Another exercise that can take an item's place during a session. */
    public record SwapOption(String exerciseId, String name) {
    }
}
