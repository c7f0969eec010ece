package dev.midback.web.journal;

import dev.midback.catalog.Catalog;
import dev.midback.input.Checked;
import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalStore;
import dev.midback.web.http.Paths;
import dev.midback.web.http.Problem;
import dev.midback.web.http.Responses;
import dev.midback.web.http.Visitor;
import dev.midback.web.view.Pages;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/**
 * The history pages: the sessions a page at a time, a form to correct one, and a confirmation step
 * to delete one.
 * Plain forms and redirects, so they work without JavaScript.
 */
public final class HistoryHandlers {

    private static final String SAVED = "saved";
    private static final String DELETED = "deleted";
    private static final String PAGE = "page";

    private final Catalog catalog;
    private final JournalStore journal;
    private final Clock clock;
    private final Pages pages;
    private final Responses responses;
    private final HistoryPages history;

    public HistoryHandlers(Catalog catalog, JournalStore journal, Clock clock, Pages pages, Responses responses) {
        this.catalog = catalog;
        this.journal = journal;
        this.clock = clock;
        this.pages = pages;
        this.responses = responses;
        this.history = new HistoryPages(catalog, clock.getZone(), catalog.guide().notice());
    }

    /** One page of the sessions, newest first ({@code ?page=N}, {@value HistoryPages#PAGE_SIZE} a page). */
    public void list(Context ctx) {
        String owner = Visitor.owner(ctx);
        int total = journal.count(owner);
        Checked<Integer> page = QueryNumber.read(ctx, PAGE, 1, 1, HistoryPages.pages(total));
        if (!page.isValid()) {
            throw Problem.of(page).raise().back(Paths.HISTORY, "Back to your history");
        }
        String saved = ctx.queryParam(SAVED);
        boolean knownSave = saved != null && journal.find(owner, saved).isPresent();
        String message = knownSave ? "Your changes are saved." : ctx.queryParam(DELETED) != null ? "The session is deleted." : null;
        List<JournalEntry> entries = journal.newest(owner, (page.value() - 1) * HistoryPages.PAGE_SIZE, HistoryPages.PAGE_SIZE);
        pages.html(ctx, 200, "journal/index.jte",
                history.history(entries, total, page.value(), message, knownSave ? saved : null, clock.instant()));
    }

    public void edit(Context ctx) {
        JournalEntry entry = changeable(ctx);
        pages.html(ctx, 200, "journal/edit.jte", history.edit(entry, HistoryForm.of(entry), null));
    }

    /** Saves a corrected session and goes back to the page of the history that shows it. */
    public void update(Context ctx) {
        JournalEntry old = changeable(ctx);
        HistoryForm form = HistoryForm.read(ctx.formParamMap());
        Checked<JournalEntry> checked = form.check(catalog, old, clock.instant());
        if (!checked.isValid()) {
            pages.html(ctx, 400, "journal/edit.jte", history.edit(old, form, checked));
            return;
        }
        String owner = Visitor.owner(ctx);
        journal.replace(owner, checked.value());
        String id = URLEncoder.encode(checked.value().id(), StandardCharsets.UTF_8);
        int page = HistoryPages.pageOf(journal.newerThan(owner, checked.value()));
        responses.seeOther(ctx, HistoryPages.url(page, SAVED + "=" + id) + "#entry-" + id);
    }

    public void confirmDelete(Context ctx) {
        JournalEntry entry = find(ctx);
        pages.html(ctx, 200, "journal/delete.jte", history.delete(entry, journal.newerThan(Visitor.owner(ctx), entry), clock.instant()));
    }

    /** Deletes a session, whatever its date, and goes back to the page of the history it was on. */
    public void delete(Context ctx) {
        String owner = Visitor.owner(ctx);
        JournalEntry entry = find(ctx);
        int newer = journal.newerThan(owner, entry);
        journal.delete(owner, entry.id());
        int page = Math.min(HistoryPages.pageOf(newer), HistoryPages.pages(journal.count(owner)));
        responses.seeOther(ctx, HistoryPages.url(page, DELETED + "=1"));
    }

    /** The session to change: one whose date no session can have (left by an older version) can only be deleted. */
    private JournalEntry changeable(Context ctx) {
        JournalEntry entry = find(ctx);
        if (!entry.hasSaneTime(clock.instant())) {
            throw new Problem(409, "This session cannot be changed", "Its date (" + entry.at() + ") lies outside 2000 to a day "
                    + "from now, which no session can have, so it can only be deleted.", "at").raise()
                    .back(Paths.historyDelete(entry.id()), "Delete it");
        }
        return entry;
    }

    private JournalEntry find(Context ctx) {
        String id = ctx.pathParam("id");
        return journal.find(Visitor.owner(ctx), id).orElseThrow(() -> new Problem(404, "Session not found",
                "Your journal has no session with the id '" + id + "'. It may have been deleted.", "id").raise()
                .back(Paths.HISTORY, "Back to your history"));
    }
}
