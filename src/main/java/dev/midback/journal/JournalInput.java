package dev.midback.journal;

import dev.midback.catalog.Catalog;
import dev.midback.input.Bounds;
import dev.midback.input.Checked;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A journal entry as it arrives, not yet checked: {@link #check} gives the entry or the field at
 * fault, so every face refuses bad input alike and nothing half-checked is stored.
 */
public record JournalInput(String planId, List<RawItem> items, Integer painBefore, Integer painAfter, Integer stiffness,
                           String notes, Boolean stoppedForPain) {

    /** One exercise as sent. */
    public record RawItem(String exerciseId, Boolean done, Integer amount) {
    }

    /**
     * The entry with this id and time, its exercises checked against the catalog; the time must lie
     * between 2000 and a day after {@code now}, so no date can break a page or a report.
     */
    public Checked<JournalEntry> check(Catalog catalog, String id, Instant at, Instant now) {
        if (at == null || !Bounds.isSaneMoment(at, now)) {
            return Checked.bad("at", Bounds.momentProblem("at", now));
        }
        if (Bounds.hasNul(notes) || Bounds.hasNul(planId)) {
            return Checked.bad(Bounds.hasNul(notes) ? "notes" : "planId", "text may not hold the NUL character");
        }
        if (painBefore == null) {
            return Checked.bad("painBefore", "painBefore is required, a whole number from 0 to 10");
        }
        for (var scale : List.of(new Object[] {"painBefore", painBefore}, new Object[] {"painAfter", painAfter},
                new Object[] {"stiffness", stiffness})) {
            Integer value = (Integer) scale[1];
            if (value != null && (value < 0 || value > 10)) {
                return Checked.bad((String) scale[0], scale[0] + " must be from 0 to 10, not " + value);
            }
        }
        if (notes != null && notes.length() > JournalEntry.MAX_NOTES) {
            return Checked.bad("notes", "notes are limited to " + JournalEntry.MAX_NOTES + " characters, not " + notes.length());
        }
        List<JournalEntry.Item> checked = new ArrayList<>();
        List<RawItem> given = items == null ? List.of() : items;
        if (given.size() > JournalEntry.MAX_ITEMS) {
            return Checked.bad("items", "a session holds at most " + JournalEntry.MAX_ITEMS + " exercises");
        }
        for (int i = 0; i < given.size(); i++) {
            RawItem item = given.get(i);
            String where = "items[" + i + "]";
            if (item == null || item.exerciseId() == null || catalog.find(item.exerciseId()).isEmpty()) {
                return Checked.bad(where + ".exerciseId", "no exercise is called '" + (item == null ? null : item.exerciseId()) + "'");
            }
            if (item.done() == null) {
                return Checked.bad(where + ".done", "done must be true or false");
            }
            if (item.amount() != null && (item.amount() < 1 || item.amount() > JournalEntry.MAX_AMOUNT)) {
                return Checked.bad(where + ".amount", "amount must be from 1 to " + JournalEntry.MAX_AMOUNT + ", not " + item.amount());
            }
            checked.add(new JournalEntry.Item(catalog.require(item.exerciseId()).id(), item.done(), item.amount()));
        }
        return Checked.ok(new JournalEntry(id, at, planId, checked, painBefore, painAfter, stiffness,
                notes == null ? "" : notes.strip(), stoppedForPain != null && stoppedForPain));
    }
}
