package dev.midback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.midback.testing.PackagedJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server killed with SIGKILL in the middle of a stream of journal writes loses none it
 * acknowledged. Many writers at once, so the kill lands while entries written together are being
 * committed together.
 */
class CrashIT {

    private static final int WRITERS = 16;
    private static final int BEFORE_THE_KILL = 400;
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @TempDir
    Path home;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void acknowledgedEntriesSurviveAKill() throws Exception {
        Process server = PackagedJar.serve(home.resolve("data"), List.of());
        String base = PackagedJar.address(server);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            writers.submit(() -> write(base, acknowledged));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (acknowledged.size() < BEFORE_THE_KILL && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        server.destroyForcibly();
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(server.waitFor(10, TimeUnit.SECONDS)).as("the server was killed").isTrue();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(BEFORE_THE_KILL);

        Process again = PackagedJar.serve(home.resolve("data"), List.of());
        try {
            Set<String> kept = readAll(PackagedJar.address(again));
            assertThat(kept).containsAll(acknowledged);
        } finally {
            again.destroy();
            again.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The ids of every entry in the journal, page after page by the {@code Link} header. */
    private Set<String> readAll(String base) throws IOException, InterruptedException {
        Set<String> ids = new HashSet<>();
        String next = base + "api/journal?limit=500";
        while (next != null) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(next)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            JsonNode entries = new ObjectMapper().readTree(page.body());
            ids.addAll(entries.findValuesAsText("id"));
            Matcher link = NEXT.matcher(page.headers().firstValue("Link").orElse(""));
            next = link.find() ? base + link.group(1).substring(1) : null;
        }
        return ids;
    }

    /** Writes entries one after another until the server stops answering (at most 200). */
    private Void write(String base, Set<String> acknowledged) {
        for (int n = 0; n < 200; n++) {
            String id = UUID.randomUUID().toString();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "api/journal"))
                        .timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"" + id + "\", \"painBefore\": 4, \"painAfter\": 3, "
                                + "\"items\": [{\"exerciseId\": \"cat-cow\", \"done\": true}], \"notes\": \"entry " + n + "\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    acknowledged.add(id);
                }
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }
}
