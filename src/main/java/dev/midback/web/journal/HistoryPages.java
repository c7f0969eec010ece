package dev.midback.web.journal;

import dev.midback.catalog.Catalog;
import dev.midback.input.Checked;
import dev.midback.journal.JournalEntry;
import dev.midback.web.http.Paths;
import dev.midback.web.view.DateText;
import dev.midback.web.view.UnitText;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Builds the history, edit and delete pages from journal entries. */
final class HistoryPages {

    /** Sessions on one page of the history. */
    static final int PAGE_SIZE = 50;

    private final Catalog catalog;
    private final ZoneId zone;
    private final String notice;

    HistoryPages(Catalog catalog, ZoneId zone, String notice) {
        this.catalog = catalog;
        this.zone = zone;
        this.notice = notice;
    }

    /** How many pages {@code total} sessions fill; one for none. */
    static int pages(int total) {
        return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The page that shows the session with {@code newer} sessions before it, newest first. */
    static int pageOf(int newer) {
        return newer / PAGE_SIZE + 1;
    }

    /** The address of a page of the history, with more parameters after it when given ({@code saved=...}). */
    static String url(int page, String more) {
        String query = (page > 1 ? "page=" + page : "") + (page > 1 && more != null ? "&" : "") + (more == null ? "" : more);
        return Paths.HISTORY + (query.isEmpty() ? "" : "?" + query);
    }

    /** One page of entries, newest first; {@code highlight} is the id of one just changed, or null. */
    HistoryPage history(List<JournalEntry> entries, int total, int page, String message, String highlight, Instant now) {
        int pages = pages(total);
        return new HistoryPage(notice, message, entries.stream().map(e -> entry(e, e.id().equals(highlight), now)).toList(),
                total, page, pages, page > 1 ? url(page - 1, null) : null, page < pages ? url(page + 1, null) : null);
    }

    HistoryPage.Entry entry(JournalEntry e, boolean highlighted, Instant now) {
        boolean inRange = e.hasSaneTime(now);
        return new HistoryPage.Entry(e.id(), "entry-" + e.id(), inRange ? when(e) : "A date out of range (" + e.at() + ")",
                e.painBefore(), e.painAfter(), e.stiffness(),
                e.items().stream().filter(JournalEntry.Item::done).map(i -> describe(catalog, i)).toList(),
                e.items().stream().filter(i -> !i.done()).map(i -> describe(catalog, i)).toList(),
                e.stoppedForPain(), e.notes(), inRange ? Paths.historyEdit(e.id()) : null, Paths.historyDelete(e.id()), highlighted,
                inRange);
    }

    /** The form for an entry: as stored, or as sent with the problem it has. */
    EditPage edit(JournalEntry e, HistoryForm form, Checked<JournalEntry> problem) {
        return new EditPage(notice, when(e), Paths.historyEntry(e.id()),
                text(form.painBefore()), text(form.painAfter()), text(form.stiffness()), text(form.notes()),
                form.stoppedForPain(), form.items(catalog, e),
                problem == null ? null : problem.field(), problem == null ? null : problem.problem());
    }

    /** The delete step; {@code newer} is how many sessions come before it in the history, to link back to its page. */
    DeletePage delete(JournalEntry e, int newer, Instant now) {
        HistoryPage.Entry entry = entry(e, false, now);
        return new DeletePage(notice, entry, Paths.historyDelete(e.id()), url(pageOf(newer), null) + "#" + entry.anchor());
    }

    /** "Cobra (3 breaths)", or the name alone when the amount is not known. */
    static String describe(Catalog catalog, JournalEntry.Item item) {
        return catalog.find(item.exerciseId())
                .map(x -> x.name() + (item.amount() == null ? "" : " (" + UnitText.amount(x.dosage().unit(), item.amount()) + ")"))
                .orElse(item.exerciseId());
    }

    private String when(JournalEntry e) {
        return DateText.when(e.at().atZone(zone).toLocalDateTime());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
