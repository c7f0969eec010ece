package dev.midback.web.catalog;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.Coded;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.ExerciseDocument;
import dev.midback.catalog.ExerciseQuery;
import dev.midback.input.Checked;
import dev.midback.web.http.Paths;
import dev.midback.web.http.Prepared;
import dev.midback.web.http.Problem;
import dev.midback.web.http.Responses;
import dev.midback.web.view.Pages;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The exercise library, each exercise and its figures, the guide, and the catalog API. */
public final class CatalogHandlers {

    private final Catalog catalog;
    private final CatalogPages pages;
    private final FigureSvg figures = new FigureSvg();
    private final Responses responses;
    private final Pages html;
    private final Map<ExerciseQuery, Prepared> lists = new ConcurrentHashMap<>();
    private final Map<String, Prepared> documents = new ConcurrentHashMap<>();
    /** The figures' drawings, still and moving, by exercise and frames; bounded by the catalog. */
    private final Map<String, Prepared> drawings = new ConcurrentHashMap<>();

    /** Filters are few; this bounds the prepared lists should many odd combinations be asked for. */
    private static final int MAX_PREPARED_LISTS = 256;
    private static final int MAX_PREPARED_LIBRARIES = 256;
    private final Set<String> libraries = ConcurrentHashMap.newKeySet();

    public CatalogHandlers(Catalog catalog, Responses responses, Pages html) {
        this.catalog = catalog;
        this.pages = new CatalogPages(catalog);
        this.responses = responses;
        this.html = html;
    }

    /**
     * The library. For everyone not signed in it is the same page for the same filters, so each
     * combination of filters is prepared once (at most {@value #MAX_PREPARED_LIBRARIES} of them);
     * free-text searches are rendered as they come.
     */
    public void library(Context ctx) {
        ExerciseQuery query = query(ctx);
        String key = "library?" + filterKey(query);
        if (query.text().isEmpty() && (libraries.contains(key) || libraries.size() < MAX_PREPARED_LIBRARIES)) {
            libraries.add(key);
            html.shared(ctx, key, "catalog/index.jte", () -> pages.library(query));
        } else {
            html.html(ctx, 200, "catalog/index.jte", pages.library(query));
        }
    }

    /** The filters in a fixed order, so the same filters given in another order share one prepared page. */
    private static String filterKey(ExerciseQuery query) {
        return query.position().map(Coded::id).orElse("") + "|" + query.level().map(Coded::id).orElse("")
                + "|" + query.movement().map(Coded::id).orElse("") + "|"
                + query.have().map(props -> props.stream().map(Coded::id).sorted().toList().toString()).orElse("");
    }

    public void guide(Context ctx) {
        html.shared(ctx, "guide", "guide/show.jte", pages::guide);
    }

    public void exercise(Context ctx) {
        Exercise found = find(ctx);
        if (!found.id().equals(ctx.pathParam("id"))) {
            ctx.redirect(Paths.exercise(found.id()), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        html.shared(ctx, "exercise/" + found.id(), "catalog/show.jte", () -> pages.exercise(found));
    }

    public void figure(Context ctx) {
        Exercise found = find(ctx);
        int frame = frame(ctx, "frame", found, 0);
        sendDrawing(ctx, found.id() + "/" + frame, () -> figures.svg(found, frame));
    }

    /** The figure moving from one key frame to another, for the player; prepared once per exercise and pair of frames. */
    public void motion(Context ctx) {
        Exercise found = find(ctx);
        int from = frame(ctx, "from", found, null);
        int to = frame(ctx, "to", found, null);
        sendDrawing(ctx, found.id() + "/" + from + "/" + to, () -> figures.motion(found, from, to));
    }

    /** A drawing prepared the first time it is asked for, then sent from its bytes. */
    private void sendDrawing(Context ctx, String key, Supplier<String> svg) {
        drawings.computeIfAbsent(key, k -> Prepared.of("image/svg+xml; charset=utf-8", svg.get().getBytes(StandardCharsets.UTF_8)))
                .send(ctx, "public, max-age=3600");
    }

    private static int frame(Context ctx, String field, Exercise exercise, Integer fallback) {
        int frames = exercise.frameNames().size();
        String value = ctx.queryParam(field);
        if (value == null && fallback != null) {
            return fallback;
        }
        if (value == null || !value.matches("\\d{1,3}") || Integer.parseInt(value) >= frames) {
            throw Problem.badField(field, field + " must be a whole number from 0 to " + (frames - 1)).raise();
        }
        return Integer.parseInt(value);
    }

    /** The catalog as JSON, prepared once per filter (free-text searches are answered as they come). */
    public void list(Context ctx) {
        ExerciseQuery query = query(ctx);
        if (query.text().isPresent() || lists.size() >= MAX_PREPARED_LISTS) {
            responses.json(ctx, 200, catalog.search(query).stream().map(this::document).toList());
            return;
        }
        lists.computeIfAbsent(query, q -> Prepared.of(Responses.JSON,
                responses.bytes(catalog.search(q).stream().map(this::document).toList()))).send(ctx, "no-cache");
    }

    public void show(Context ctx) {
        Exercise found = find(ctx);
        documents.computeIfAbsent(found.id(), id -> Prepared.of(Responses.JSON, responses.bytes(document(found))))
                .send(ctx, "no-cache");
    }

    private ExerciseQuery query(Context ctx) {
        Checked<ExerciseQuery> query = ExerciseFilter.parse(ctx.queryParamMap());
        if (!query.isValid()) {
            throw Problem.of(query).raise();
        }
        return query.value();
    }

    private Exercise find(Context ctx) {
        String id = ctx.pathParam("id");
        return catalog.find(id).orElseThrow(() -> Problem.notFound("id", "no exercise has the id, name or alias '" + id
                + "'; did you mean " + String.join(", ", catalog.suggest(id, 3)) + "?").raise());
    }

    private Map<String, Object> document(Exercise e) {
        Map<String, Object> doc = ExerciseDocument.of(e);
        doc.put("figures", FigureLinks.of(e));
        return doc;
    }
}
