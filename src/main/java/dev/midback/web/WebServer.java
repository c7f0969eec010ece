package dev.midback.web;

import dev.midback.account.Accounts;
import dev.midback.catalog.Catalog;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.ExerciseDocument;
import dev.midback.journal.Journal;
import dev.midback.journal.JournalStore;
import dev.midback.plan.PlanStore;
import dev.midback.reminder.ReminderStore;
import dev.midback.store.Database;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The web app: pages for people, JSON under {@code /api}, and {@code /health}; every route is here. */
public final class WebServer {

    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final Catalog catalog;
    private final Database database;
    private final CatalogPages pages;
    private final FigureSvg figures = new FigureSvg();
    private final Responses responses;
    private final PlanHandlers plans;
    private final JournalHandlers journal;
    private final HistoryHandlers history;
    private final ProgressHandlers progress;
    private final ReminderHandlers reminders;
    private final ReminderPageHandlers reminderPages;
    private final OpenApi openApi = new OpenApi();
    private final AccountHandlers accounts;

    /** Personal mode: one person on this computer, no sign-in. */
    public WebServer(Catalog catalog, Database database, PlanStore plans, JournalStore journal, ReminderStore reminders,
                     Clock clock) {
        this(catalog, database, plans, journal, reminders, clock, null);
    }

    /**
     * Accounts mode when {@code accounts} is given: every personal page and API needs a signed-in
     * person and works on that person's data only.
     */
    public WebServer(Catalog catalog, Database database, PlanStore plans, JournalStore journal, ReminderStore reminders,
                     Clock clock, Accounts accounts) {
        this.catalog = catalog;
        this.database = database;
        this.pages = new CatalogPages(catalog);
        this.responses = new Responses(catalog.guide().notice());
        this.plans = new PlanHandlers(catalog, plans, new Journal(journal, clock.getZone()), responses, clock);
        this.journal = new JournalHandlers(catalog, journal, plans, clock, responses);
        this.history = new HistoryHandlers(catalog, journal, clock.getZone(), responses);
        this.progress = new ProgressHandlers(catalog, journal, clock, responses);
        this.reminders = new ReminderHandlers(reminders, clock, responses);
        this.reminderPages = new ReminderPageHandlers(catalog, reminders, new Journal(journal, clock.getZone()), clock, responses);
        this.accounts = accounts == null ? null
                : new AccountHandlers(accounts, responses, catalog.guide().notice());
        this.responses.accountsMode(accounts != null);
    }

    /** The app with all its routes, not yet listening. */
    public Javalin create() {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(static_ -> {
                static_.hostedPath = "/static";
                static_.directory = "/public";
                static_.location = Location.CLASSPATH;
                static_.headers = Map.of("Cache-Control", "public, max-age=3600");
            });
            config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CSP);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
            });
            if (accounts != null) {
                config.routes.before(accounts::before);
                config.routes.get(Paths.SIGN_IN, accounts::signInPage);
                config.routes.post(Paths.SIGN_IN, accounts::signInForm);
                config.routes.get(Paths.SIGN_UP, accounts::signUpPage);
                config.routes.post(Paths.SIGN_UP, accounts::signUpForm);
                config.routes.post(Paths.SIGN_OUT, accounts::signOutForm);
                config.routes.post(Paths.API_ACCOUNTS, accounts::create);
                config.routes.delete(Paths.API_CURRENT_ACCOUNT, accounts::delete);
                config.routes.post(Paths.API_SESSIONS, accounts::signIn);
                config.routes.get(Paths.API_CURRENT_SESSION, accounts::current);
                config.routes.delete(Paths.API_CURRENT_SESSION, accounts::signOut);
            }
            config.routes.get(Paths.LIBRARY, this::library);
            config.routes.get(Paths.EXERCISE, this::exercise);
            config.routes.get(Paths.FIGURE, this::figure);
            config.routes.get(Paths.GUIDE, ctx -> responses.html(ctx, 200, "guide/show.jte", pages.guide()));
            config.routes.get(Paths.START, plans::start);
            config.routes.get(Paths.PLAN_FORM, plans::form);
            config.routes.get(Paths.ROUTINE, plans::routine);
            config.routes.post(Paths.PLANS, plans::createFromForm);
            config.routes.get(Paths.PLAY, plans::play);
            config.routes.get(Paths.HISTORY, history::list);
            config.routes.get(Paths.HISTORY_EDIT, history::edit);
            config.routes.post(Paths.HISTORY_ENTRY, history::update);
            config.routes.get(Paths.HISTORY_DELETE, history::confirmDelete);
            config.routes.post(Paths.HISTORY_DELETE, history::delete);
            config.routes.get(Paths.PROGRESS, progress::page);
            config.routes.get(Paths.PROGRESS_PDF, progress::pdf);
            config.routes.post(Paths.API_PLANS, plans::create);
            config.routes.get(Paths.API_PLAN, plans::show);
            config.routes.get(Paths.API_TIMELINE, plans::timeline);
            config.routes.get(Paths.API_SWAP, plans::swap);
            config.routes.get(Paths.API_JOURNAL, journal::list);
            config.routes.post(Paths.API_JOURNAL, journal::create);
            config.routes.get(Paths.API_JOURNAL_ENTRY, journal::show);
            config.routes.put(Paths.API_JOURNAL_ENTRY, journal::replace);
            config.routes.delete(Paths.API_JOURNAL_ENTRY, journal::delete);
            config.routes.get(Paths.API_EXPORT, journal::exportAll);
            config.routes.post(Paths.API_IMPORT, journal::importAll);
            config.routes.delete(Paths.API_DATA, journal::deleteAll);
            config.routes.get(Paths.REMINDERS, reminderPages::index);
            config.routes.post(Paths.REMINDERS, reminderPages::add);
            config.routes.post(Paths.REMINDERS_SUGGEST, reminderPages::suggest);
            config.routes.get(Paths.REMINDER_EDIT, reminderPages::edit);
            config.routes.post(Paths.REMINDER_EDIT, reminderPages::save);
            config.routes.post(Paths.REMINDER_DELETE, reminderPages::delete);
            config.routes.get(Paths.CALENDAR, reminders::feed);
            config.routes.get(Paths.CALENDAR_FEED, reminders::privateFeed);
            config.routes.get(Paths.API_REMINDERS, reminders::list);
            config.routes.post(Paths.API_REMINDERS, reminders::create);
            config.routes.get(Paths.API_REMINDER, reminders::show);
            config.routes.put(Paths.API_REMINDER, reminders::replace);
            config.routes.delete(Paths.API_REMINDER, reminders::delete);
            config.routes.get(Paths.API_EXERCISES, this::apiExercises);
            config.routes.get(Paths.API_EXERCISE, this::apiExercise);
            config.routes.get(Paths.API_OPENAPI, ctx -> ctx.contentType("application/json").result(openApi.document()));
            config.routes.get(Paths.HEALTH, this::health);
            config.routes.get(Paths.MANIFEST, ctx -> resource(ctx, "/public/manifest.webmanifest", "application/manifest+json"));
            config.routes.get(Paths.SERVICE_WORKER, ctx -> {
                ctx.header("Cache-Control", "no-cache");
                resource(ctx, "/public/sw.js", "text/javascript; charset=utf-8");
            });
            config.routes.error(404, ctx -> {
                if (ctx.attribute(Responses.ANSWERED) == null) {
                    notFound(ctx, "There is nothing at " + ctx.path() + ".");
                }
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                org.slf4j.LoggerFactory.getLogger(WebServer.class).error("request failed: {}", ctx.path(), e);
                responses.error(ctx, 500, "Something went wrong", "Something went wrong on our side. Please try again.");
            });
        });
    }

    public Javalin start(String host, int port) {
        return create().start(host, port);
    }

    private void library(Context ctx) {
        ExerciseFilter filter = ExerciseFilter.parse(ctx.queryParamMap());
        if (!filter.isValid()) {
            responses.error(ctx, 400, "That filter is not one we know", filter.problem().detail());
            return;
        }
        responses.html(ctx, 200, "catalog/index.jte", pages.library(filter.query()));
    }

    private void exercise(Context ctx) {
        Optional<Exercise> found = catalog.find(ctx.pathParam("id"));
        if (found.isEmpty()) {
            notFound(ctx, "There is no exercise called '" + ctx.pathParam("id") + "'. Did you mean "
                    + String.join(", ", catalog.suggest(ctx.pathParam("id"), 3)) + "?");
            return;
        }
        if (!found.get().id().equals(ctx.pathParam("id"))) {
            ctx.redirect(Paths.exercise(found.get().id()), io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        responses.html(ctx, 200, "catalog/show.jte", pages.exercise(found.get()));
    }

    private void figure(Context ctx) {
        Optional<Exercise> found = catalog.find(ctx.pathParam("id"));
        if (found.isEmpty()) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("no such exercise");
            return;
        }
        int frames = found.get().frameNames().size();
        String frame = Optional.ofNullable(ctx.queryParam("frame")).orElse("0");
        if (!frame.matches("\\d{1,3}") || Integer.parseInt(frame) >= frames) {
            ctx.status(400).contentType("text/plain; charset=utf-8")
                    .result("frame must be a whole number from 0 to " + (frames - 1));
            return;
        }
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.contentType("image/svg+xml; charset=utf-8").result(figures.svg(found.get(), Integer.parseInt(frame)));
    }

    private void apiExercises(Context ctx) {
        ExerciseFilter filter = ExerciseFilter.parse(ctx.queryParamMap());
        if (!filter.isValid()) {
            responses.problem(ctx, filter.problem());
            return;
        }
        responses.json(ctx, 200, catalog.search(filter.query()).stream().map(this::document).toList());
    }

    private void apiExercise(Context ctx) {
        Optional<Exercise> found = catalog.find(ctx.pathParam("id"));
        if (found.isEmpty()) {
            responses.problem(ctx, Problem.notFound("id", "no exercise has the id, name or alias '" + ctx.pathParam("id")
                    + "'; closest: " + String.join(", ", catalog.suggest(ctx.pathParam("id"), 3))));
            return;
        }
        responses.json(ctx, 200, document(found.get()));
    }

    private Map<String, Object> document(Exercise e) {
        Map<String, Object> doc = ExerciseDocument.of(e);
        doc.put("figures", FigureLinks.of(e));
        return doc;
    }

    private void health(Context ctx) {
        boolean db = database.isHealthy();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", db ? "up" : "down");
        body.put("database", Map.of("status", db ? "up" : "down", "dialect", database.dialect().name().toLowerCase()));
        body.put("exercises", catalog.exercises().size());
        responses.json(ctx, db ? 200 : 503, body);
    }

    /** A file of the app's own, at a fixed address outside {@code /static}. */
    private void resource(Context ctx, String path, String type) throws java.io.IOException {
        try (var in = WebServer.class.getResourceAsStream(path)) {
            if (in == null) {
                notFound(ctx, "There is nothing at " + ctx.path() + ".");
                return;
            }
            ctx.attribute(Responses.ANSWERED, Boolean.TRUE);
            ctx.contentType(type).result(in.readAllBytes());
        }
    }

    private void notFound(Context ctx, String detail) {
        responses.error(ctx, 404, "Not found", detail);
    }
}
