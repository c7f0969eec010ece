package dev.midback.web;

import dev.midback.catalog.Catalog;
import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalInput;
import dev.midback.journal.JournalStore;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The history pages: every session, a form to correct one, and a confirmation step to delete one.
 * Plain forms and redirects, so they work without JavaScript; personal mode has one owner.
 */
final class HistoryHandlers {

    private static final String SAVED = "saved";
    private static final String DELETED = "deleted";

    private final Catalog catalog;
    private final JournalStore journal;
    private final Responses responses;
    private final HistoryPages pages;

    HistoryHandlers(Catalog catalog, JournalStore journal, ZoneId zone, Responses responses) {
        this.catalog = catalog;
        this.journal = journal;
        this.responses = responses;
        this.pages = new HistoryPages(catalog, zone, catalog.guide().notice());
    }

    void list(Context ctx) {
        String saved = ctx.queryParam(SAVED);
        boolean knownSave = saved != null && journal.find(Owner.of(ctx), saved).isPresent();
        String message = knownSave ? "Your changes are saved." : ctx.queryParam(DELETED) != null ? "The session is deleted." : null;
        responses.html(ctx, 200, "history/index.jte", pages.history(journal.list(Owner.of(ctx)), message, knownSave ? saved : null));
    }

    void edit(Context ctx) {
        find(ctx).ifPresent(e -> responses.html(ctx, 200, "history/edit.jte", pages.edit(e, HistoryForm.of(e), null)));
    }

    void update(Context ctx) {
        if (isCrossSite(ctx)) {
            return;
        }
        Optional<JournalEntry> old = find(ctx);
        if (old.isEmpty()) {
            return;
        }
        HistoryForm form = HistoryForm.read(ctx.formParamMap());
        JournalInput.Checked checked = form.check(catalog, old.get());
        if (!checked.isValid()) {
            responses.html(ctx, 400, "history/edit.jte", pages.edit(old.get(), form, checked));
            return;
        }
        journal.replace(Owner.of(ctx), checked.entry());
        String id = URLEncoder.encode(checked.entry().id(), StandardCharsets.UTF_8);
        seeOther(ctx, Paths.HISTORY + "?" + SAVED + "=" + id + "#entry-" + id);
    }

    void confirmDelete(Context ctx) {
        find(ctx).ifPresent(e -> responses.html(ctx, 200, "history/delete.jte", pages.delete(e)));
    }

    void delete(Context ctx) {
        if (isCrossSite(ctx)) {
            return;
        }
        if (find(ctx).isPresent()) {
            journal.delete(Owner.of(ctx), ctx.pathParam("id"));
            seeOther(ctx, Paths.HISTORY + "?" + DELETED + "=1");
        }
    }

    private Optional<JournalEntry> find(Context ctx) {
        Optional<JournalEntry> entry = journal.find(Owner.of(ctx), ctx.pathParam("id"));
        if (entry.isEmpty()) {
            responses.error(ctx, 404, "Session not found",
                    "Your journal has no session with the id '" + ctx.pathParam("id") + "'. It may have been deleted.");
        }
        return entry;
    }

    /** Refuses a form sent from another site (the browser says so in Sec-Fetch-Site), so no page elsewhere can change the journal. */
    private boolean isCrossSite(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if ("cross-site".equals(site) || "same-site".equals(site)) {
            responses.error(ctx, 403, "Not allowed", "Changes to your journal can only be made from Midback's own pages.");
            return true;
        }
        return false;
    }

    private static void seeOther(Context ctx, String location) {
        ctx.attribute(Responses.ANSWERED, Boolean.TRUE);
        ctx.redirect(location, HttpStatus.SEE_OTHER);
    }
}
