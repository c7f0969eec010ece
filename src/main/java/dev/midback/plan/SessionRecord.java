package dev.midback.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One session a person did, as the journal keeps it: when, the items and how much of each, pain
 * before and after (0-10; after may be unknown, -1), and whether it was stopped for pain.
 */
public record SessionRecord(LocalDate date, List<Done> items, int painBefore, int painAfter, boolean stoppedForPain) {

    public SessionRecord {
        items = List.copyOf(items);
    }

    /** One item of a session: the exercise, the amount per set it was done at, and whether it was finished. */
    public record Done(String exerciseId, int amount, boolean finished) {
    }

    /**
     * Comfortable: not stopped for pain, and pain after known and not 2 or more points above pain
     * before. A session logged without pain after tells nothing either way: it is not counted as
     * comfortable (it unlocks and grows nothing), nor as one that hurt.
     */
    public boolean wasComfortable() {
        return wasComfortable(painBefore, painAfter, stoppedForPain);
    }

    /** Whether a session with this pain before and after (after -1 when unknown) was comfortable. */
    public static boolean wasComfortable(int painBefore, int painAfter, boolean stoppedForPain) {
        return !stoppedForPain && painAfter >= 0 && painAfter - painBefore < 2;
    }

    /** Whether the pain after, when known, was 2 or more points above the pain before. */
    public boolean painRose() {
        return painAfter >= 0 && painAfter - painBefore >= 2;
    }
}
