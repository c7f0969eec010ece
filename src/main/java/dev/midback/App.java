package dev.midback;

import dev.midback.account.Accounts;
import dev.midback.catalog.Catalog;
import dev.midback.catalog.CatalogLoader;
import dev.midback.cli.MidbackCommand;
import dev.midback.cli.ServeSettings;
import dev.midback.cli.Stores;
import dev.midback.cli.Toolkit;
import dev.midback.store.DataFolder;
import dev.midback.store.Database;
import dev.midback.store.JdbcAccountStore;
import dev.midback.store.JdbcJournalStore;
import dev.midback.store.JdbcPlanStore;
import dev.midback.store.JdbcReminderStore;
import dev.midback.store.NativeSqlite;
import dev.midback.web.WebServer;
import dev.midback.web.http.Site;
import io.javalin.Javalin;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The composition root: builds every part by hand and hands the command line what it needs. */
public final class App {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private App() {
    }

    public static void main(String[] args) {
        // Figures are only ever drawn off screen (the terminal's sketches), never into a window.
        System.setProperty("java.awt.headless", "true");
        System.exit(MidbackCommand.commandLine(toolkit(System.getenv()), args).execute(args));
    }

    /** The toolkit of the real program, reading the environment it is given. */
    public static Toolkit toolkit(Map<String, String> env) {
        Supplier<Catalog> catalog = new Once<>(() -> new CatalogLoader().loadBundled());
        Path dataFolder = DataFolder.resolve(env, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")));
        NativeSqlite.useKeptCopy(dataFolder.resolve("native"));
        Toolkit.WebLauncher web = settings -> App.serve(catalog.get(), settings);
        return new Toolkit(catalog, env, dataFolder, web, App::stores, System.in, System.console() != null, stdoutCharset());
    }

    /** The character set the command line's output is written in, found as picocli finds it for standard output. */
    private static Charset stdoutCharset() {
        String named = System.getProperty("sun.stdout.encoding");
        try {
            return named == null ? Charset.defaultCharset() : Charset.forName(named);
        } catch (IllegalArgumentException unknown) {
            return Charset.defaultCharset();
        }
    }

    private static Stores stores(String jdbcUrl) {
        Database database = Database.open(jdbcUrl);
        return new Stores(new JdbcJournalStore(database), new JdbcPlanStore(database, Clock.systemDefaultZone()), database);
    }

    private static void serve(Catalog catalog, ServeSettings settings) throws InterruptedException {
        String host = settings.host();
        int port = settings.port();
        boolean accountsMode = settings.accounts();
        Database database = Database.open(settings.jdbcUrl());
        Clock clock = Clock.systemDefaultZone();
        Accounts accounts = accountsMode ? new Accounts(new JdbcAccountStore(database), clock, Accounts.SLEEP) : null;
        WebServer server = new WebServer(catalog, database, new JdbcPlanStore(database, clock),
                new JdbcJournalStore(database), new JdbcReminderStore(database), clock, accounts, site(settings));
        Javalin app;
        try {
            app = server.start(host, port);
        } catch (RuntimeException e) {
            database.close();
            if (hasCause(e, java.net.BindException.class)) {
                throw new IllegalStateException("port " + port + " on " + host + " is already in use; choose another with --port", e);
            }
            throw e;
        }
        LOG.info("Midback is running at http://{}:{}/ (database: {}; {})", host.contains(":") ? "[" + host + "]" : host,
                app.port(), database.dialect().name().toLowerCase(), accountsMode ? "accounts mode" : "personal mode");
        if (settings.warmUp()) {
            WarmUp.run("http://127.0.0.1:" + app.port());
            app.stop();
            database.close();
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            database.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    /** The names the app answers to and the proxies it believes, as {@code serve} was told. */
    private static Site site(ServeSettings settings) {
        Site site = settings.accounts() ? Site.accounts() : Site.personal();
        for (String name : settings.allowedHosts()) {
            site = site.withHost(name);
        }
        if (!settings.trustedProxies().isEmpty()) {
            site = site.withTrustedProxies(new java.util.HashSet<>(settings.trustedProxies()));
        }
        return site;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** A value computed the first time it is asked for, then kept. */
    private static final class Once<T> implements Supplier<T> {
        private final Supplier<T> compute;
        private T value;

        Once(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = compute.get();
            }
            return value;
        }
    }
}
