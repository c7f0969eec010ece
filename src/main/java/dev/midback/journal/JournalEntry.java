package dev.midback.journal;

import dev.midback.input.Bounds;
import dev.midback.plan.SessionRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * One session in the journal: when, the plan it followed (if any), each exercise and whether it
 * was done, pain before and after (0-10; after may be unknown), stiffness (0-10, may be unknown),
 * notes, and whether it was stopped because it hurt.
 */
public record JournalEntry(
        String id,
        Instant at,
        String planId,
        List<Item> items,
        int painBefore,
        Integer painAfter,
        Integer stiffness,
        String notes,
        boolean stoppedForPain) {

    public static final int MAX_NOTES = 2000;
    public static final int MAX_ITEMS = 100;
    public static final int MAX_AMOUNT = 600;

    public JournalEntry {
        items = List.copyOf(items);
        notes = notes == null ? "" : notes;
    }

    /** One exercise of the session; {@code amount} is per set and side, when known. */
    public record Item(String exerciseId, boolean done, Integer amount) {
    }

    /**
     * Whether its time lies in the window every face accepts (2000 to a day after {@code now});
     * older versions could store times outside it, which no page or report may trip over.
     */
    public boolean hasSaneTime(Instant now) {
        return Bounds.isSaneMoment(at, now);
    }

    /** The entry as the planner's progression reads it, dated in the person's time zone. */
    public SessionRecord toSession(ZoneId zone) {
        return new SessionRecord(at.atZone(zone).toLocalDate(),
                items.stream().map(i -> new SessionRecord.Done(i.exerciseId(), i.amount() == null ? 0 : i.amount(), i.done())).toList(),
                painBefore, painAfter == null ? -1 : painAfter, stoppedForPain);
    }

    /** The entry with amounts the person did not give taken from the plan it followed. */
    public JournalEntry withAmountsFrom(dev.midback.plan.Routine plan) {
        List<Item> filled = items.stream().map(i -> i.amount() != null ? i : new Item(i.exerciseId(), i.done(),
                plan.items().stream().filter(p -> p.exerciseId().equals(i.exerciseId())).map(p -> p.amount())
                        .findFirst().orElse(null))).toList();
        return new JournalEntry(id, at, planId, filled, painBefore, painAfter, stiffness, notes, stoppedForPain);
    }

    public JournalEntry withId(String newId) {
        return new JournalEntry(newId, at, planId, items, painBefore, painAfter, stiffness, notes, stoppedForPain);
    }
}
