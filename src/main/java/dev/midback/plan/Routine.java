package dev.midback.plan;

import dev.midback.safety.Verdict;
import java.util.List;

/** A planned routine: the screening verdict, advice to read first, and the items in order. */
public record Routine(Verdict verdict, List<String> advice, int totalSeconds, List<RoutineItem> items) {

    public Routine {
        advice = List.copyOf(advice);
        items = List.copyOf(items);
    }
}
