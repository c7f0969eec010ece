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
import dev.midback.testing.PackagedJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server killed with SIGKILL in the middle of a stream of journal writes loses none it acknowledged. */
class CrashIT {

    @TempDir
    Path home;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void acknowledgedEntriesSurviveAKill() throws Exception {
        Process server = PackagedJar.serve(home.resolve("data"), List.of());
        String base = PackagedJar.address(server);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            writers.submit(() -> write(base, acknowledged));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (acknowledged.size() < 80 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        server.destroyForcibly();
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(server.waitFor(10, TimeUnit.SECONDS)).as("the server was killed").isTrue();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(80);

        Process again = PackagedJar.serve(home.resolve("data"), List.of());
        try {
            String restarted = PackagedJar.address(again);
            JsonNode entries = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(URI.create(restarted + "api/journal")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            Set<String> kept = new HashSet<>(entries.findValuesAsText("id"));
            assertThat(kept).containsAll(acknowledged);
        } finally {
            again.destroy();
            again.waitFor(10, TimeUnit.SECONDS);
        }
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
