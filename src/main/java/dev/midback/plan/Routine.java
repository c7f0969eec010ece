package dev.midback.plan;

import dev.midback.safety.Clearance;
import dev.midback.safety.Verdict;
import java.util.List;

/**
 * A planned routine: the screening it was planned under (its verdict, urgency and what it leaves
 * out), the advice to read first, and the items in order. Whatever shows or plays a routine reads
 * its screening from here rather than screening again, so the page, the week, the swaps and the
 * player all agree with what was planned.
 */
public record Routine(Clearance clearance, List<String> advice, int totalSeconds, List<RoutineItem> items) {

    public Routine {
        java.util.Objects.requireNonNull(clearance, "clearance");
        advice = List.copyOf(advice);
        items = List.copyOf(items);
    }

    public Verdict verdict() {
        return clearance.verdict();
    }
}
