package dev.midback.web.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The app's own files under {@code /static} (styles, scripts, icons), each read from the program
 * once and then sent as {@link Prepared} bytes. Only files that exist are kept, so the memory they
 * take is bounded by what the program ships.
 */
public final class StaticFiles {

    private static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9_\\-]*(/[a-z0-9][a-z0-9_\\-]*)*\\.[a-z0-9]{1,12}");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml; charset=utf-8",
            "png", "image/png",
            "json", "application/json; charset=utf-8",
            "webmanifest", "application/manifest+json");

    private final String folder;
    private final Map<String, Prepared> files = new ConcurrentHashMap<>();

    /** The files in the program's resource {@code folder}, such as {@code /public}. */
    public StaticFiles(String folder) {
        this.folder = folder;
    }

    /** {@code GET /static/<path>}: the file, or 404. */
    public void send(Context ctx) {
        String path = ctx.pathParam("path");
        Prepared file = SAFE.matcher(path).matches() ? files.computeIfAbsent(path, this::read) : null;
        if (file == null) {
            throw Problem.notFound(null, "There is nothing at " + ctx.path() + ".").raise();
        }
        file.send(ctx, "public, max-age=3600");
    }

    private Prepared read(String path) {
        String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        if (type == null) {
            return null;
        }
        try (InputStream in = StaticFiles.class.getResourceAsStream(folder + "/" + path)) {
            return in == null ? null : Prepared.of(type, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
