package dev.midback.web.journal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.midback.catalog.Catalog;
import dev.midback.input.Checked;
import dev.midback.journal.JournalDocument;
import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalExport;
import dev.midback.journal.JournalStore;
import dev.midback.plan.PlanStore;
import dev.midback.web.http.Paths;
import dev.midback.web.http.Problem;
import dev.midback.web.http.Responses;
import dev.midback.web.http.StrictJson;
import dev.midback.web.http.Visitor;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The journal API: sessions done, with pain before and after; personal mode has one owner. */
public final class JournalHandlers {

    private static final Set<String> IMPORT_FIELDS = Set.of("format", "version", "exportedAt", "journal");
    static final int DEFAULT_LIMIT = 100;
    static final int MOST_LIMIT = 500;
    private static final ObjectMapper WRITER = new ObjectMapper();

    private final Catalog catalog;
    private final JournalStore journal;
    private final PlanStore plans;
    private final Clock clock;
    private final Responses responses;

    public JournalHandlers(Catalog catalog, JournalStore journal, PlanStore plans, Clock clock, Responses responses) {
        this.catalog = catalog;
        this.journal = journal;
        this.plans = plans;
        this.clock = clock;
        this.responses = responses;
    }

    /**
     * The entries, newest first, at most {@code limit} (100 unless asked, 1 to 500) after the
     * {@code cursor} given; when there are more, a {@code Link} header with {@code rel="next"} gives
     * the address of the next page.
     */
    public void list(Context ctx) {
        int limit = valid(QueryNumber.read(ctx, "limit", DEFAULT_LIMIT, 1, MOST_LIMIT));
        String cursor = ctx.queryParam(JournalCursor.FIELD);
        if (ctx.queryParams(JournalCursor.FIELD).size() > 1) {
            throw Problem.badField(JournalCursor.FIELD, "give one cursor, the one in the Link header of the page before").raise();
        }
        JournalStore.Position after = cursor == null ? null : valid(JournalCursor.decode(cursor));
        JournalStore.Page page = journal.page(Visitor.owner(ctx), JournalStore.Order.NEWEST_FIRST, null, after, limit);
        page.next().ifPresent(next -> ctx.header("Link", "<" + Paths.API_JOURNAL + "?limit=" + limit + "&" + JournalCursor.FIELD + "="
                + JournalCursor.encode(next) + ">; rel=\"next\""));
        responses.json(ctx, 200, page.entries().stream().map(JournalDocument::of).toList());
    }

    public void show(Context ctx) {
        responses.json(ctx, 200, JournalDocument.of(find(ctx)));
    }

    public void create(Context ctx) {
        JournalBody body = parse(ctx.body());
        String id = body.id() != null ? body.id() : UUID.randomUUID().toString();
        JournalEntry entry = checked(ctx, body, id);
        JournalStore.Added kept = journal.addOnce(Visitor.owner(ctx), entry);
        ctx.header("Location", "/api/journal/" + kept.entry().id());
        responses.json(ctx, kept.isNew() ? 201 : 200, JournalDocument.of(kept.entry()));
    }

    public void replace(Context ctx) {
        JournalEntry old = find(ctx);
        JournalBody body = parse(ctx.body());
        if (body.id() != null && !body.id().equals(old.id())) {
            throw Problem.badField("id", "the id in the body differs from the one in the address").raise();
        }
        JournalBody kept = body.at() == null ? new JournalBody(body.id(), old.at(), body.input()) : body;
        JournalEntry entry = checked(ctx, kept, old.id());
        journal.replace(Visitor.owner(ctx), entry);
        responses.json(ctx, 200, JournalDocument.of(entry));
    }

    public void delete(Context ctx) {
        journal.delete(Visitor.owner(ctx), find(ctx).id());
        responses.noContent(ctx);
    }

    /**
     * All of the person's data, to keep or to move: {@code { format, version, exportedAt, journal }},
     * written as it is read from the store, a page at a time.
     */
    public void exportAll(Context ctx) throws IOException {
        ctx.header("Content-Disposition", "attachment; filename=\"midback-export.json\"");
        ctx.status(200).contentType(Responses.JSON);
        try (JsonGenerator json = WRITER.getFactory().createGenerator(ctx.outputStream())) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            JournalExport.write(json, journal, Visitor.owner(ctx), clock.instant());
        }
    }

    /** Brings an export back: every entry checked first, then all kept in one go, none twice. */
    public void importAll(Context ctx) {
        Checked<ObjectNode> parsed = StrictJson.object(ctx.body(), IMPORT_FIELDS);
        if (!parsed.isValid()) {
            throw Problem.of(parsed).raise();
        }
        ObjectNode root = parsed.value();
        if (!root.path("format").isTextual() || !JournalExport.FORMAT.equals(root.get("format").textValue())) {
            throw Problem.badField("format", "this is not a Midback export (format \"midback\")").raise();
        }
        if (!root.path("version").isIntegralNumber() || !root.get("version").bigIntegerValue().equals(
                java.math.BigInteger.valueOf(JournalExport.VERSION))) {
            throw Problem.badField("version", "version must be " + JournalExport.VERSION + ", the only version of Midback's export").raise();
        }
        if (!root.path("journal").isArray()) {
            throw Problem.badField("journal", "journal must be a list of entries").raise();
        }
        List<JournalEntry> entries = new ArrayList<>();
        for (int i = 0; i < root.get("journal").size(); i++) {
            String where = "journal[" + i + "]";
            Checked<JournalBody> body = JournalBody.parse(root.get("journal").get(i).toString());
            if (!body.isValid()) {
                throw Problem.of(body.within(where)).raise();
            }
            if (body.value().id() == null || body.value().at() == null) {
                throw Problem.badField(where + (body.value().id() == null ? ".id" : ".at"), "an exported entry has its id and time").raise();
            }
            entries.add(checkedEntry(body.value(), body.value().id(), where));
        }
        int added = journal.addAll(Visitor.owner(ctx), entries);
        responses.json(ctx, 200, Map.of("imported", added, "alreadyThere", entries.size() - added));
    }

    /** Deletes everything the person has written. */
    public void deleteAll(Context ctx) {
        responses.json(ctx, 200, Map.of("deleted", journal.deleteAll(Visitor.owner(ctx))));
    }

    private static JournalBody parse(String text) {
        Checked<JournalBody> body = JournalBody.parse(text);
        if (!body.isValid()) {
            throw Problem.of(body).raise();
        }
        return body.value();
    }

    /** The entry the body describes, its amounts taken from its plan; refused naming the field. */
    private JournalEntry checked(Context ctx, JournalBody body, String id) {
        JournalEntry entry = checkedEntry(body, id, null);
        if (entry.planId() != null) {
            PlanStore.StoredPlan plan = plans.find(Visitor.owner(ctx), entry.planId()).orElseThrow(() ->
                    Problem.badField("planId", "no plan has the id '" + entry.planId() + "'").raise());
            return entry.withAmountsFrom(plan.routine());
        }
        return entry;
    }

    private JournalEntry checkedEntry(JournalBody body, String id, String where) {
        Checked<JournalEntry> checked = body.input().check(catalog, id, body.at() != null ? body.at() : clock.instant(), clock.instant());
        return valid(where == null ? checked : checked.isValid() ? checked : checked.within(where));
    }

    private static <T> T valid(Checked<T> checked) {
        if (!checked.isValid()) {
            throw Problem.of(checked).raise();
        }
        return checked.value();
    }

    private JournalEntry find(Context ctx) {
        String id = ctx.pathParam("id");
        return journal.find(Visitor.owner(ctx), id)
                .orElseThrow(() -> Problem.notFound("id", "no journal entry has the id '" + id + "'").raise());
    }
}
