package dev.midback.web;

import dev.midback.account.Accounts;
import dev.midback.catalog.Catalog;
import dev.midback.journal.Journal;
import dev.midback.journal.JournalStore;
import dev.midback.plan.PlanStore;
import dev.midback.reminder.ReminderStore;
import dev.midback.store.Database;
import dev.midback.web.account.AccountGate;
import dev.midback.web.account.AccountHandlers;
import dev.midback.web.catalog.CatalogHandlers;
import dev.midback.web.http.Access;
import dev.midback.web.http.ExternalAddress;
import dev.midback.web.http.Guard;
import dev.midback.web.http.Paths;
import dev.midback.web.http.Prepared;
import dev.midback.web.http.Responses;
import dev.midback.web.http.Site;
import dev.midback.web.http.StaticFiles;
import dev.midback.web.http.Visitor;
import dev.midback.web.journal.HistoryHandlers;
import dev.midback.web.journal.JournalHandlers;
import dev.midback.web.plan.PlanHandlers;
import dev.midback.web.progress.ProgressHandlers;
import dev.midback.web.reminder.ReminderHandlers;
import dev.midback.web.reminder.ReminderPageHandlers;
import dev.midback.web.view.Pages;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The web app: builds each feature's handlers, puts them in the one route table behind the one
 * guard, and maps every problem to an answer in one place.
 */
public final class WebServer {

    /** The largest body any route reads (a full export brought back); others are refused sooner (see {@link #MAX_SMALL_BODY}). */
    static final long MAX_BODY = 8_000_000L;
    /** The largest body of every other change: a journal entry, a plan, a reminder, a form. */
    static final long MAX_SMALL_BODY = 100_000L;

    private final Catalog catalog;
    private final Database database;
    private final Site site;
    private final Accounts accounts;
    private final Responses responses = new Responses();
    private final Pages pages;
    private final Routes routes;
    private final DatabaseCheck databaseCheck;
    private final byte[] healthUp;
    private final byte[] healthDown;

    /** Personal mode: one person on this computer, no sign-in. */
    public WebServer(Catalog catalog, Database database, PlanStore plans, JournalStore journal, ReminderStore reminders,
                     Clock clock) {
        this(catalog, database, plans, journal, reminders, clock, null, Site.personal());
    }

    /** Accounts mode when {@code accounts} is given, with the default site settings. */
    public WebServer(Catalog catalog, Database database, PlanStore plans, JournalStore journal, ReminderStore reminders,
                     Clock clock, Accounts accounts) {
        this(catalog, database, plans, journal, reminders, clock, accounts, accounts == null ? Site.personal() : Site.accounts());
    }

    /**
     * Accounts mode when {@code accounts} is given: every personal page and API needs a signed-in
     * person and works on that person's data only.
     */
    public WebServer(Catalog catalog, Database database, PlanStore plans, JournalStore journal, ReminderStore reminders,
                     Clock clock, Accounts accounts, Site site) {
        this.catalog = catalog;
        this.database = database;
        this.databaseCheck = new DatabaseCheck(database);
        this.healthUp = healthAnswer(true);
        this.healthDown = healthAnswer(false);
        this.site = site;
        this.accounts = accounts;
        String notice = catalog.guide().notice();
        this.pages = new Pages(notice);
        ExternalAddress address = new ExternalAddress(site);
        Journal history = new Journal(journal, clock, catalog);
        CatalogHandlers catalogs = new CatalogHandlers(catalog, responses, pages);
        PlanHandlers plan = new PlanHandlers(catalog, plans, history, responses, pages, clock);
        JournalHandlers entries = new JournalHandlers(catalog, journal, plans, clock, responses);
        HistoryHandlers historyPages = new HistoryHandlers(catalog, journal, clock, pages, responses);
        ProgressHandlers progress = new ProgressHandlers(catalog, journal, clock, pages);
        ReminderHandlers reminderApi = new ReminderHandlers(reminders, clock, responses);
        ReminderPageHandlers reminderPages = new ReminderPageHandlers(catalog, reminders, history, clock, responses, pages, address);
        Prepared openApi = Prepared.resource("/api/openapi.json", Responses.JSON);
        Prepared manifest = Prepared.resource("/public/manifest.webmanifest", "application/manifest+json");
        Prepared serviceWorker = Prepared.resource("/public/sw.js", "text/javascript; charset=utf-8");

        Access open = Access.PUBLIC;
        Access own = Access.PERSONAL;
        this.routes = new Routes()
                .get(Paths.LIBRARY, open, catalogs::library)
                .get(Paths.EXERCISE, open, catalogs::exercise)
                .get(Paths.FIGURE, open, catalogs::figure)
                .get(Paths.MOTION, open, catalogs::motion)
                .get(Paths.GUIDE, open, catalogs::guide)
                .get(Paths.API_EXERCISES, open, catalogs::list)
                .get(Paths.API_EXERCISE, open, catalogs::show)
                .get(Paths.START, own, plan::start)
                .get(Paths.PLAN_FORM, own, plan::form)
                .get(Paths.ROUTINE, own, plan::routineForm)
                .post(Paths.PLANS, own, plan::createFromForm)
                .get(Paths.PLAN, own, plan::routine)
                .get(Paths.PLAN_HANDOUT, own, plan::handout)
                .get(Paths.PLAY, own, plan::play)
                .post(Paths.API_PLANS, own, plan::create)
                .get(Paths.API_PLAN, own, plan::show)
                .get(Paths.API_TIMELINE, own, plan::timeline)
                .get(Paths.API_SWAP, own, plan::swap)
                .get(Paths.HISTORY, own, historyPages::list)
                .get(Paths.HISTORY_EDIT, own, historyPages::edit)
                .post(Paths.HISTORY_ENTRY, own, historyPages::update)
                .get(Paths.HISTORY_DELETE, own, historyPages::confirmDelete)
                .post(Paths.HISTORY_DELETE, own, historyPages::delete)
                .get(Paths.API_JOURNAL, own, entries::list)
                .post(Paths.API_JOURNAL, own, entries::create)
                .get(Paths.API_JOURNAL_ENTRY, own, entries::show)
                .put(Paths.API_JOURNAL_ENTRY, own, entries::replace)
                .delete(Paths.API_JOURNAL_ENTRY, own, entries::delete)
                .get(Paths.API_EXPORT, own, entries::exportAll)
                .post(Paths.API_IMPORT, own, entries::importAll)
                .delete(Paths.API_DATA, own, entries::deleteAll)
                .get(Paths.PROGRESS, own, progress::page)
                .get(Paths.PROGRESS_PDF, own, progress::pdf)
                .get(Paths.REMINDERS, own, reminderPages::index)
                .post(Paths.REMINDERS, own, reminderPages::add)
                .post(Paths.REMINDERS_SUGGEST, own, reminderPages::suggest)
                .get(Paths.REMINDER_EDIT, own, reminderPages::edit)
                .post(Paths.REMINDER_EDIT, own, reminderPages::save)
                .post(Paths.REMINDER_DELETE, own, reminderPages::delete)
                .get(Paths.CALENDAR, own, reminderApi::feed)
                .get(Paths.CALENDAR_FEED, open, reminderApi::privateFeed)
                .get(Paths.API_REMINDERS, own, reminderApi::list)
                .post(Paths.API_REMINDERS, own, reminderApi::create)
                .get(Paths.API_REMINDER, own, reminderApi::show)
                .put(Paths.API_REMINDER, own, reminderApi::replace)
                .delete(Paths.API_REMINDER, own, reminderApi::delete)
                .get(Paths.API_OPENAPI, open, ctx -> openApi.send(ctx, "no-cache"))
                .get(Paths.HEALTH, open, this::health)
                .get(Paths.MANIFEST, open, ctx -> manifest.send(ctx, "no-cache"))
                .get(Paths.SERVICE_WORKER, open, ctx -> serviceWorker.send(ctx, "no-cache"))
                .get(Paths.STATIC_FILE, open, new StaticFiles("/public")::send);
        if (accounts != null) {
            AccountHandlers people = new AccountHandlers(accounts, address, responses, pages, notice);
            routes.get(Paths.SIGN_IN, open, people::signInPage)
                    .post(Paths.SIGN_IN, open, people::signInForm)
                    .get(Paths.SIGN_UP, open, people::signUpPage)
                    .post(Paths.SIGN_UP, open, people::signUpForm)
                    .post(Paths.SIGN_OUT, open, people::signOutForm)
                    .post(Paths.API_ACCOUNTS, open, people::create)
                    .delete(Paths.API_CURRENT_ACCOUNT, own, people::delete)
                    .post(Paths.API_SESSIONS, open, people::signIn)
                    .get(Paths.API_CURRENT_SESSION, open, people::current)
                    .delete(Paths.API_CURRENT_SESSION, own, people::signOut);
        }
    }

    /** One line of the route table as others may read it: method, address pattern, and who it is for. */
    public record Endpoint(HandlerType method, String path, Access access) {

        /** Whether the route changes something (not GET, HEAD or OPTIONS). */
        public boolean isUnsafe() {
            return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
        }

        /** Whether it is part of the JSON API rather than the pages and forms. */
        public boolean isApi() {
            return path.startsWith("/api/");
        }
    }

    /** Every route of the app, in the order of the table (HEAD is answered on each GET route as well). */
    public List<Endpoint> endpoints() {
        return routes.all().stream().map(r -> new Endpoint(r.method(), r.path(), r.access())).toList();
    }

    /** The app with all its routes, not yet listening. */
    public Javalin create() {
        Guard guard = new Guard(site, path -> path.equals(Paths.API_IMPORT) ? MAX_BODY : MAX_SMALL_BODY);
        ErrorMapping errors = new ErrorMapping(responses, pages, site);
        AccountGate gate = accounts == null ? null : new AccountGate(accounts, new ExternalAddress(site));
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = MAX_BODY;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors(errors)));
            config.routes.before(guard::check);
            config.routes.beforeMatched(ctx -> {
                if (ctx.routeRoles().contains(Access.PERSONAL)) {
                    ctx.header("Cache-Control", "no-store");
                }
                if (gate != null) {
                    gate.before(ctx);
                } else {
                    Visitor.local().attachTo(ctx);
                }
            });
            config.routes.beforeMatched(guard::checkCsrf);
            routes.install(config);
            errors.install(config);
        });
    }

    public Javalin start(String host, int port) {
        return create().start(host, port);
    }

    /**
     * {@code /health}: whether the app and its database answer. The database is asked at most once a
     * second, however often probes come; {@code ?deep=1} asks it now.
     */
    private void health(Context ctx) {
        boolean db = databaseCheck.isUp("1".equals(ctx.queryParam("deep")));
        ctx.header("Cache-Control", "no-store");
        ctx.status(db ? 200 : 503).contentType(Responses.JSON).result(db ? healthUp : healthDown);
    }

    /** The answer of {@code /health}: it changes only with the database's state, so both are made once. */
    private byte[] healthAnswer(boolean up) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "up" : "down");
        Map<String, Object> store = new LinkedHashMap<>();
        store.put("status", up ? "up" : "down");
        store.put("dialect", database.dialect().name().toLowerCase(java.util.Locale.ROOT));
        body.put("database", store);
        body.put("exercises", catalog.exercises().size());
        return responses.bytes(body);
    }

    /** The database's answer to a query, kept for a second. */
    private static final class DatabaseCheck {
        private static final long KEEP_NANOS = 1_000_000_000L;
        private final Database database;
        private long checkedAt;
        private boolean up;
        private boolean checked;

        DatabaseCheck(Database database) {
            this.database = database;
        }

        synchronized boolean isUp(boolean now) {
            long time = System.nanoTime();
            if (now || !checked || time - checkedAt >= KEEP_NANOS) {
                up = database.isHealthy();
                checkedAt = time;
                checked = true;
            }
            return up;
        }
    }
}
