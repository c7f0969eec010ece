package dev.midback.web.journal;

import dev.midback.catalog.Catalog;
import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalInput;
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

/**
 * The history pages: every session, a form to correct one, and a confirmation step to delete one.
 * Plain forms and redirects, so they work without JavaScript.
 */
public final class HistoryHandlers {

    private static final String SAVED = "saved";
    private static final String DELETED = "deleted";

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

    public void list(Context ctx) {
        String saved = ctx.queryParam(SAVED);
        boolean knownSave = saved != null && journal.find(Visitor.owner(ctx), saved).isPresent();
        String message = knownSave ? "Your changes are saved." : ctx.queryParam(DELETED) != null ? "The session is deleted." : null;
        pages.html(ctx, 200, "journal/index.jte", history.history(journal.list(Visitor.owner(ctx)), message, knownSave ? saved : null));
    }

    public void edit(Context ctx) {
        JournalEntry entry = find(ctx);
        pages.html(ctx, 200, "journal/edit.jte", history.edit(entry, HistoryForm.of(entry), null));
    }

    public void update(Context ctx) {
        JournalEntry old = find(ctx);
        HistoryForm form = HistoryForm.read(ctx.formParamMap());
        JournalInput.Checked checked = form.check(catalog, old, clock.instant());
        if (!checked.isValid()) {
            pages.html(ctx, 400, "journal/edit.jte", history.edit(old, form, checked));
            return;
        }
        journal.replace(Visitor.owner(ctx), checked.entry());
        String id = URLEncoder.encode(checked.entry().id(), StandardCharsets.UTF_8);
        responses.seeOther(ctx, Paths.HISTORY + "?" + SAVED + "=" + id + "#entry-" + id);
    }

    public void confirmDelete(Context ctx) {
        pages.html(ctx, 200, "journal/delete.jte", history.delete(find(ctx)));
    }

    public void delete(Context ctx) {
        journal.delete(Visitor.owner(ctx), find(ctx).id());
        responses.seeOther(ctx, Paths.HISTORY + "?" + DELETED + "=1");
    }

    private JournalEntry find(Context ctx) {
        String id = ctx.pathParam("id");
        return journal.find(Visitor.owner(ctx), id).orElseThrow(() -> new Problem(404, "Session not found",
                "Your journal has no session with the id '" + id + "'. It may have been deleted.", "id").raise()
                .back(Paths.HISTORY, "Back to your history"));
    }
}
