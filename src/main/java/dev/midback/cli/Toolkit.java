package dev.midback.cli;

import dev.midback.catalog.Catalog;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the commands are handed by the composition root: the catalog, the environment they run
 * in, a way to start the web server (so this package does not depend on the web one), a way
 * to open the journal and plan stores of a database, where
 * typed input comes from, whether that is a real terminal, and the character set printed output is
 * written in.
 */
public record Toolkit(Supplier<Catalog> catalog, Map<String, String> env, Path dataFolder, WebLauncher web,
                      Stores.Opener stores, InputStream in, boolean terminal, Charset output) {

    /** A toolkit whose output is written in UTF-8. */
    public Toolkit(Supplier<Catalog> catalog, Map<String, String> env, Path dataFolder, WebLauncher web,
                   Stores.Opener stores, InputStream in, boolean terminal) {
        this(catalog, env, dataFolder, web, stores, in, terminal, StandardCharsets.UTF_8);
    }

    /** Starts the web app and blocks until it stops. */
    @FunctionalInterface
    public interface WebLauncher {
        void serve(ServeSettings settings) throws Exception;
    }

    /**
     * The terminal's width from {@code COLUMNS}, else, on a real terminal, from the terminal itself;
     * 80 when unknown, kept between 40 and 200.
     */
    public int terminalWidth() {
        String columns = env.get("COLUMNS");
        int width = 80;
        if (columns != null) {
            try {
                width = Integer.parseInt(columns.trim());
            } catch (NumberFormatException e) {
                width = 80;
            }
        } else if (terminal) {
            width = TerminalSize.columns().orElse(80);
        }
        return Math.max(40, Math.min(200, width));
    }
}
