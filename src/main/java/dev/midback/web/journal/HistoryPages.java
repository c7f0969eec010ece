package dev.midback.web.journal;

import dev.midback.web.http.Paths;
import dev.midback.web.view.DateText;
import dev.midback.web.view.UnitText;
import dev.midback.catalog.Catalog;
import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalInput;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/** Builds the history, edit and delete pages from journal entries. */
final class HistoryPages {

    private final Catalog catalog;
    private final ZoneId zone;
    private final String notice;

    HistoryPages(Catalog catalog, ZoneId zone, String notice) {
        this.catalog = catalog;
        this.zone = zone;
        this.notice = notice;
    }

    /** Every entry, newest first; {@code highlight} is the id of one just changed, or null. */
    HistoryPage history(List<JournalEntry> entries, String message, String highlight) {
        return new HistoryPage(notice, message, entries.stream()
                .sorted(Comparator.comparing(JournalEntry::at).reversed())
                .map(e -> entry(e, e.id().equals(highlight)))
                .toList());
    }

    HistoryPage.Entry entry(JournalEntry e, boolean highlighted) {
        return new HistoryPage.Entry(e.id(), "entry-" + e.id(), DateText.when(e.at().atZone(zone).toLocalDateTime()),
                e.painBefore(), e.painAfter(), e.stiffness(),
                e.items().stream().filter(JournalEntry.Item::done).map(i -> describe(catalog, i)).toList(),
                e.items().stream().filter(i -> !i.done()).map(i -> describe(catalog, i)).toList(),
                e.stoppedForPain(), e.notes(), Paths.historyEdit(e.id()), Paths.historyDelete(e.id()), highlighted);
    }

    /** The form for an entry: as stored, or as sent with the problem it has. */
    EditPage edit(JournalEntry e, HistoryForm form, JournalInput.Checked problem) {
        return new EditPage(notice, DateText.when(e.at().atZone(zone).toLocalDateTime()), Paths.historyEntry(e.id()),
                text(form.painBefore()), text(form.painAfter()), text(form.stiffness()), text(form.notes()),
                form.stoppedForPain(), form.items(catalog, e),
                problem == null ? null : problem.field(), problem == null ? null : problem.problem());
    }

    DeletePage delete(JournalEntry e) {
        return new DeletePage(notice, entry(e, false), Paths.historyDelete(e.id()));
    }

    /** "Cobra (3 breaths)", or the name alone when the amount is not known. */
    static String describe(Catalog catalog, JournalEntry.Item item) {
        return catalog.find(item.exerciseId())
                .map(x -> x.name() + (item.amount() == null ? "" : " (" + UnitText.amount(x.dosage().unit(), item.amount()) + ")"))
                .orElse(item.exerciseId());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
