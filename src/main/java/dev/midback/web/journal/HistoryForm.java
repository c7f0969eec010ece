package dev.midback.web.journal;

import dev.midback.catalog.Catalog;
import dev.midback.input.Checked;
import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalInput;
import dev.midback.web.view.Choice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The edit form of a journal entry as sent: the texts typed and the indexes of the exercises ticked
 * as done. {@link #check} turns it into the changed entry through the same {@link JournalInput}
 * check as the API, or names the field at fault in words for people.
 */
record HistoryForm(String painBefore, String painAfter, String stiffness, String notes, boolean stoppedForPain, Set<String> done) {

    private static final Map<String, String> LABELS = Map.of(
            "painBefore", "Pain before", "painAfter", "Pain after", "stiffness", "Stiffness", "notes", "Notes");

    static HistoryForm read(Map<String, List<String>> form) {
        return new HistoryForm(first(form, "painBefore"), first(form, "painAfter"), first(form, "stiffness"),
                first(form, "notes"), "true".equals(first(form, "stoppedForPain")),
                Set.copyOf(form.getOrDefault("done", List.of())));
    }

    /** The form showing an entry as it is. */
    static HistoryForm of(JournalEntry e) {
        Set<String> done = new HashSet<>();
        for (int i = 0; i < e.items().size(); i++) {
            if (e.items().get(i).done()) {
                done.add(Integer.toString(i));
            }
        }
        return new HistoryForm(Integer.toString(e.painBefore()), text(e.painAfter()), text(e.stiffness()), e.notes(),
                e.stoppedForPain(), done);
    }

    boolean isDone(int index) {
        return done.contains(Integer.toString(index));
    }

    /** The entry changed as the form says (same id, time, plan, exercises and amounts), or the field at fault. */
    Checked<JournalEntry> check(Catalog catalog, JournalEntry old, Instant now) {
        for (var field : List.of(new String[] {"painBefore", painBefore}, new String[] {"painAfter", painAfter},
                new String[] {"stiffness", stiffness})) {
            if (!blank(field[1]) && !field[1].strip().matches("-?\\d{1,4}")) {
                return Checked.bad(field[0], LABELS.get(field[0]) + " must be a whole number from 0 to 10, not '" + field[1].strip() + "'");
            }
        }
        List<JournalInput.RawItem> items = new ArrayList<>();
        for (int i = 0; i < old.items().size(); i++) {
            JournalEntry.Item item = old.items().get(i);
            items.add(new JournalInput.RawItem(item.exerciseId(), isDone(i), item.amount()));
        }
        Checked<JournalEntry> checked = new JournalInput(old.planId(), items, number(painBefore), number(painAfter),
                number(stiffness), notes, stoppedForPain).check(catalog, old.id(), old.at(), now);
        if (checked.isValid()) {
            return checked;
        }
        String problem = checked.problem();
        String label = LABELS.get(checked.field());
        if (label != null && problem.startsWith(checked.field())) {
            problem = label + problem.substring(checked.field().length());
        }
        return Checked.bad(checked.field(), problem);
    }

    /** The exercises of the entry as boxes to tick, labelled with name and amount. */
    List<Choice> items(Catalog catalog, JournalEntry entry) {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < entry.items().size(); i++) {
            choices.add(new Choice(Integer.toString(i), HistoryPages.describe(catalog, entry.items().get(i)), isDone(i)));
        }
        return choices;
    }

    private static Integer number(String text) {
        return blank(text) ? null : Integer.valueOf(text.strip());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
