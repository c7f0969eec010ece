package dev.midback.testing;

import dev.midback.account.Accounts;
import dev.midback.catalog.Catalog;
import dev.midback.catalog.CatalogLoader;
import dev.midback.store.Database;
import dev.midback.store.JdbcAccountStore;
import dev.midback.store.JdbcJournalStore;
import dev.midback.store.JdbcPlanStore;
import dev.midback.store.JdbcReminderStore;
import dev.midback.web.WebServer;
import dev.midback.web.http.Site;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The real web app on a random loopback port, for tests that speak HTTP: in personal or accounts
 * mode, over a fresh SQLite file or a fresh PostgreSQL schema. Requests go through
 * {@link HttpClient}, or byte for byte over a plain socket when a test needs what that client
 * refuses to send (another Host, a broken body, an address or headers far too long).
 */
public final class RunningServer implements AutoCloseable {

    private static final Catalog CATALOG = new CatalogLoader().loadBundled();
    /** The tables a person's data and sign-ins are kept in; a refused request changes none of them. */
    public static final List<String> DATA_TABLES = List.of("plans", "journal_entries", "reminders", "calendar_feeds",
            "accounts", "account_sessions", "failed_sign_ins");

    /** Who the server is for. */
    public enum Mode {
        /** One person on this computer, no sign-in. */
        PERSONAL,
        /** People sign up and in, and see only their own data. */
        ACCOUNTS
    }

    private final Path folder;
    private final String schema;
    private final Mode mode;
    private final Database database;
    private final WebServer web;
    private final Javalin app;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private RunningServer(Path folder, String jdbcUrl, String schema, Mode mode, Site site) {
        this.folder = folder;
        this.schema = schema;
        this.mode = mode;
        this.database = Database.open(jdbcUrl);
        Clock clock = Clock.systemUTC();
        Accounts accounts = mode == Mode.ACCOUNTS ? new Accounts(new JdbcAccountStore(database), clock, Accounts.SLEEP) : null;
        this.web = new WebServer(CATALOG, database, new JdbcPlanStore(database, clock), new JdbcJournalStore(database),
                new JdbcReminderStore(database), clock, accounts, site);
        this.app = web.start("127.0.0.1", 0);
    }

    /** Personal mode over SQLite: one person, no sign-in. */
    public static RunningServer start() {
        return start(Mode.PERSONAL, "sqlite");
    }

    /** Accounts mode over SQLite: people sign in and see only their own data. */
    public static RunningServer startWithAccounts() {
        return start(Mode.ACCOUNTS, "sqlite");
    }

    /**
     * The app in that mode over a fresh database of that kind ({@code sqlite} or {@code postgresql}, as
     * {@link TestDatabases#kinds()} names them); a PostgreSQL case is skipped with one line when none answers.
     */
    public static RunningServer start(Mode mode, String databaseKind) {
        return start(mode, databaseKind, mode == Mode.ACCOUNTS ? Site.accounts() : Site.personal());
    }

    /** The same, with the site settings given (host names answered, trusted proxies). */
    public static RunningServer start(Mode mode, String databaseKind, Site site) {
        if (site.accountsMode() != (mode == Mode.ACCOUNTS)) {
            throw new IllegalArgumentException("the site settings are for the other mode");
        }
        try {
            Path folder = Files.createTempDirectory("midback-web");
            String name = "web_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            String url = TestDatabases.fresh(databaseKind, folder, name);
            String schema = databaseKind.equals("postgresql") ? "midback_" + name : null;
            return new RunningServer(folder, url, schema, mode, site);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make a fresh " + databaseKind + " database", e);
        }
    }

    public Mode mode() {
        return mode;
    }

    public String databaseKind() {
        return database.dialect().name().toLowerCase(Locale.ROOT);
    }

    public int port() {
        return app.port();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    public Catalog catalog() {
        return CATALOG;
    }

    /** Every route of the app, from its one route table. */
    public List<WebServer.Endpoint> endpoints() {
        return web.endpoints();
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
        return send(method, path, json, Map.of());
    }

    /** A request with extra headers (a session cookie, a CSRF token, a content type). */
    public HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) {
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

    /**
     * A request written byte for byte over a plain socket: any method, target, headers (Host
     * included) and body. It carries {@code Host: 127.0.0.1:port} and {@code Connection: close} unless
     * told otherwise, and a {@code Content-Length} when it has a body and no length or encoding is given.
     */
    public Raw raw(String method, String target) {
        return new Raw(method, target);
    }

    /** The server's database, to put in rows as an older version may have stored them. */
    public Database database() {
        return database;
    }

    /** Rows in a table of the server's database. */
    public int count(String table) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    /** Rows in each of {@link #DATA_TABLES}, to compare before and after a request. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        DATA_TABLES.forEach(t -> counts.put(t, count(t)));
        return counts;
    }

    @Override
    public void close() {
        app.stop();
        database.close();
        if (schema != null) {
            try (var connection = DriverManager.getConnection(TestDatabases.POSTGRES); var statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop the test schema " + schema, e);
            }
        }
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request to be sent byte for byte; see {@link #raw(String, String)}. */
    public final class Raw {

        private final String method;
        private final String target;
        private final List<Map.Entry<String, String>> headers = new ArrayList<>();
        private byte[] body;

        private Raw(String method, String target) {
            this.method = method;
            this.target = target;
        }

        /** A header line; another with the same name replaces a default one (Host, Connection). */
        public Raw header(String name, String value) {
            headers.add(Map.entry(name, value));
            return this;
        }

        public Raw headers(Map<String, String> more) {
            more.forEach(this::header);
            return this;
        }

        public Raw body(byte[] bytes) {
            this.body = bytes;
            return this;
        }

        public Raw body(String text) {
            return body(text.getBytes(StandardCharsets.UTF_8));
        }

        /** The request as it goes on the wire. */
        public byte[] bytes() {
            Map<String, String> lower = new LinkedHashMap<>();
            headers.forEach(h -> lower.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
            if (!lower.containsKey("host")) {
                head.append("Host: 127.0.0.1:").append(app.port()).append("\r\n");
            }
            if (!lower.containsKey("connection")) {
                head.append("Connection: close\r\n");
            }
            if (body != null && !lower.containsKey("content-length") && !lower.containsKey("transfer-encoding")) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            headers.forEach(h -> head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n"));
            head.append("\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.writeBytes(body);
            }
            return out.toByteArray();
        }

        /**
         * Sends the request and reads the whole answer. When the server answers and closes before
         * the request is all written (a body far too large), the answer it gave is still read.
         */
        public RawResponse send() {
            byte[] request = bytes();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", app.port()), 5_000);
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                Thread writer = new Thread(() -> {
                    try {
                        out.write(request);
                        out.flush();
                    } catch (IOException refusedMidway) {
                        // the server answered before reading everything; its answer is still read
                    }
                }, "raw-request-writer");
                writer.setDaemon(true);
                writer.start();
                RawResponse answer = RawResponse.read(socket.getInputStream(), method.equals("HEAD"));
                writer.join(5_000);
                return answer;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** An answer read off the socket: status, headers (names in lower case) and body bytes as sent. */
    public record RawResponse(int status, Map<String, List<String>> headers, byte[] body) {

        public Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        /** The body as UTF-8 text. */
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        static RawResponse read(InputStream in, boolean head) throws IOException {
            byte[] all = readAll(in);
            int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
            if (end < 0) {
                throw new IOException("no complete answer: " + new String(all, StandardCharsets.ISO_8859_1));
            }
            String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, List<String>> headers = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).strip());
            }
            byte[] rest = java.util.Arrays.copyOfRange(all, end + 4, all.length);
            List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
            if (!head && encoding.stream().anyMatch(e -> e.equalsIgnoreCase("chunked"))) {
                rest = unchunk(rest);
            }
            return new RawResponse(status, headers, rest);
        }

        private static byte[] readAll(InputStream in) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                }
            } catch (IOException reset) {
                if (out.size() == 0) {
                    throw reset;
                }
            }
            return out.toByteArray();
        }

        private static byte[] unchunk(byte[] chunked) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = 0;
            while (at < chunked.length) {
                int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
                String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
                int length = Integer.parseInt(size, 16);
                if (length == 0) {
                    break;
                }
                out.write(chunked, lineEnd + 2, length);
                at = lineEnd + 2 + length + 2;
            }
            return out.toByteArray();
        }

        private static int indexOf(byte[] data, byte[] pattern, int from) {
            outer:
            for (int i = from; i <= data.length - pattern.length; i++) {
                for (int j = 0; j < pattern.length; j++) {
                    if (data[i + j] != pattern[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
