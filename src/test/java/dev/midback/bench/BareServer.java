package dev.midback.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The yardstick of the load benchmark: a bare Javalin serving, at the same addresses, the very bytes
 * Midback answered (saved beforehand by {@code bench/load}), with their content types and nothing
 * else: no guard, no templates, no database.
 *
 * <p>Arguments: port, then the folder of saved answers: for each address a file of bytes and a
 * {@code .type} file beside it, listed in {@code index.txt} as {@code path<TAB>file}.
 */
public final class BareServer {

    private BareServer() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path folder = Path.of(args[1]);
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        for (String line : Files.readAllLines(folder.resolve("index.txt"))) {
            String[] parts = line.split("\t");
            bodies.put(parts[0], Files.readAllBytes(folder.resolve(parts[1])));
            types.put(parts[0], Files.readString(folder.resolve(parts[1] + ".type")).strip());
        }
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            bodies.forEach((path, body) -> config.routes.get(path, ctx -> ctx.contentType(types.get(path)).result(body)));
        });
        app.start("127.0.0.1", port);
    }
}
