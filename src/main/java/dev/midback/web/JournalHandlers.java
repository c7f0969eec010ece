package dev.midback.web;

import dev.midback.catalog.Catalog;
import dev.midback.journal.JournalDocument;
import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalExport;
import dev.midback.journal.JournalInput;
import dev.midback.journal.JournalStore;
import dev.midback.plan.PlanStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** The journal API: sessions done, with pain before and after; personal mode has one owner. */
final class JournalHandlers {

    private static final ObjectMapper JSON = StrictJson.MAPPER;

    private final Catalog catalog;
    private final JournalStore journal;
    private final PlanStore plans;
    private final Clock clock;
    private final Responses responses;

    JournalHandlers(Catalog catalog, JournalStore journal, PlanStore plans, Clock clock, Responses responses) {
        this.catalog = catalog;
        this.journal = journal;
        this.plans = plans;
        this.clock = clock;
        this.responses = responses;
    }

    void list(Context ctx) {
        responses.json(ctx, 200, journal.list(Owner.of(ctx)).stream().map(JournalDocument::of).toList());
    }

    void show(Context ctx) {
        find(ctx).ifPresent(e -> responses.json(ctx, 200, JournalDocument.of(e)));
    }

    void create(Context ctx) {
        JournalBody body = JournalBody.parse(ctx.body());
        String id = body.id() != null ? body.id() : UUID.randomUUID().toString();
        checked(ctx, body, id).ifPresent(entry -> {
            boolean existed = journal.find(Owner.of(ctx), id).isPresent();
            JournalEntry kept = journal.add(Owner.of(ctx), entry);
            ctx.header("Location", "/api/journal/" + kept.id());
            responses.json(ctx, existed ? 200 : 201, JournalDocument.of(kept));
        });
    }

    void replace(Context ctx) {
        Optional<JournalEntry> old = find(ctx);
        if (old.isEmpty()) {
            return;
        }
        JournalBody body = JournalBody.parse(ctx.body());
        if (body.problem() == null && body.id() != null && !body.id().equals(old.get().id())) {
            responses.problem(ctx, Problem.badField("id", "the id in the body differs from the one in the address"));
            return;
        }
        JournalBody kept = body.problem() == null && body.at() == null
                ? new JournalBody(body.id(), old.get().at(), body.input(), null) : body;
        checked(ctx, kept, old.get().id()).ifPresent(entry -> {
            journal.replace(Owner.of(ctx), entry);
            responses.json(ctx, 200, JournalDocument.of(entry));
        });
    }

    void delete(Context ctx) {
        if (find(ctx).isPresent()) {
            journal.delete(Owner.of(ctx), ctx.pathParam("id"));
            ctx.attribute(Responses.ANSWERED, Boolean.TRUE);
            ctx.status(204);
        }
    }

    /** All of the person's data, to keep or to move: {@code { format, version, exportedAt, journal }}. */
    void exportAll(Context ctx) {
        ctx.header("Content-Disposition", "attachment; filename=\"midback-export.json\"");
        responses.json(ctx, 200, JournalExport.of(journal.list(Owner.of(ctx)), clock.instant()));
    }

    /** Brings an export back: every entry checked first, then all kept in one go, none twice. */
    void importAll(Context ctx) {
        JsonNode root;
        try {
            root = JSON.readTree(ctx.body());
        } catch (IOException e) {
            responses.problem(ctx, Problem.badField("body", "the body is not valid JSON"));
            return;
        }
        if (root == null || !JournalExport.FORMAT.equals(root.path("format").asText())
                || root.path("version").asInt() != JournalExport.VERSION) {
            responses.problem(ctx, Problem.badField("format", "this is not a Midback export (format \"midback\", version 1)"));
            return;
        }
        if (!root.path("journal").isArray()) {
            responses.problem(ctx, Problem.badField("journal", "journal must be a list of entries"));
            return;
        }
        List<JournalEntry> entries = new ArrayList<>();
        for (int i = 0; i < root.get("journal").size(); i++) {
            String where = "journal[" + i + "]";
            JournalBody body = JournalBody.parse(root.get("journal").get(i).toString());
            if (body.problem() != null) {
                responses.problem(ctx, Problem.badField(where + "." + body.problem().field(), body.problem().detail()));
                return;
            }
            if (body.id() == null || body.at() == null) {
                responses.problem(ctx, Problem.badField(where + (body.id() == null ? ".id" : ".at"), "an exported entry has its id and time"));
                return;
            }
            JournalInput.Checked checked = body.input().check(catalog, body.id(), body.at());
            if (!checked.isValid()) {
                responses.problem(ctx, Problem.badField(where + "." + checked.field(), checked.problem()));
                return;
            }
            entries.add(checked.entry());
        }
        int added = journal.addAll(Owner.of(ctx), entries);
        responses.json(ctx, 200, Map.of("imported", added, "alreadyThere", entries.size() - added));
    }

    /** Deletes everything the person has written. */
    void deleteAll(Context ctx) {
        responses.json(ctx, 200, Map.of("deleted", journal.deleteAll(Owner.of(ctx))));
    }

    /** The entry the body describes, or empty after answering 400 naming the field. */
    private Optional<JournalEntry> checked(Context ctx, JournalBody body, String id) {
        if (body.problem() != null) {
            responses.problem(ctx, body.problem());
            return Optional.empty();
        }
        JournalInput.Checked checked = body.input().check(catalog, id, body.at() != null ? body.at() : clock.instant());
        if (!checked.isValid()) {
            responses.problem(ctx, Problem.badField(checked.field(), checked.problem()));
            return Optional.empty();
        }
        JournalEntry entry = checked.entry();
        if (entry.planId() != null) {
            Optional<PlanStore.StoredPlan> plan = plans.find(Owner.of(ctx), entry.planId());
            if (plan.isEmpty()) {
                responses.problem(ctx, Problem.badField("planId", "no plan has the id '" + entry.planId() + "'"));
                return Optional.empty();
            }
            entry = entry.withAmountsFrom(plan.get().routine());
        }
        return Optional.of(entry);
    }

    private Optional<JournalEntry> find(Context ctx) {
        Optional<JournalEntry> entry = journal.find(Owner.of(ctx), ctx.pathParam("id"));
        if (entry.isEmpty()) {
            responses.problem(ctx, Problem.notFound("id", "no journal entry has the id '" + ctx.pathParam("id") + "'"));
        }
        return entry;
    }
}
