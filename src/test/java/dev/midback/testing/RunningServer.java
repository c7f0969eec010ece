package dev.midback.testing;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.CatalogLoader;
import dev.midback.store.DataFolder;
import dev.midback.store.Database;
import dev.midback.account.Accounts;
import dev.midback.store.JdbcAccountStore;
import dev.midback.store.JdbcJournalStore;
import dev.midback.store.JdbcPlanStore;
import dev.midback.store.JdbcReminderStore;
import dev.midback.web.WebServer;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real web app on a random loopback port over a fresh SQLite file, for tests that speak HTTP. */
public final class RunningServer implements AutoCloseable {

    private static final Catalog CATALOG = new CatalogLoader().loadBundled();

    private final Path folder;
    private final Database database;
    private final Javalin app;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private RunningServer(Path folder, boolean accountsMode) {
        this.folder = folder;
        this.database = Database.open(DataFolder.sqliteUrl(folder));
        java.time.Clock clock = java.time.Clock.systemUTC();
        Accounts accounts = accountsMode ? new Accounts(new JdbcAccountStore(database), clock, Accounts.SLEEP) : null;
        this.app = new WebServer(CATALOG, database, new JdbcPlanStore(database, clock),
                new JdbcJournalStore(database), new JdbcReminderStore(database), clock, accounts).start("127.0.0.1", 0);
    }

    /** Personal mode: one person, no sign-in. */
    public static RunningServer start() {
        return start(false);
    }

    /** Accounts mode: people sign in and see only their own data. */
    public static RunningServer startWithAccounts() {
        return start(true);
    }

    private static RunningServer start(boolean accounts) {
        try {
            return new RunningServer(Files.createTempDirectory("midback-web"), accounts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    public Catalog catalog() {
        return CATALOG;
    }

    public HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String path, String json) {
        return send("POST", path, json);
    }

    public HttpResponse<String> send(String method, String path, String json) {
        return send(method, path, json, java.util.Map.of());
    }

    /** A request with extra headers (a session cookie, a CSRF token, a content type). */
    public HttpResponse<String> send(String method, String path, String body, java.util.Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (!headers.containsKey("Content-Type")) {
                request.header("Content-Type", "application/json");
            }
            headers.forEach(request::header);
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The server's database, to put in rows as an older version may have stored them. */
    public Database database() {
        return database;
    }

    /** Rows in a table of the server's database. */
    public int count(String table) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        app.stop();
        database.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
