package dev.midback.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        List<String> index = Files.readAllLines(folder.resolve("index.txt"));
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            for (String line : index) {
                String[] parts = line.split("\t");
                byte[] body = Files.readAllBytes(folder.resolve(parts[1]));
                String type = Files.readString(folder.resolve(parts[1] + ".type")).strip();
                config.routes.get(parts[0], ctx -> ctx.contentType(type).result(body));
            }
        });
        app.start("127.0.0.1", port);
    }
}
