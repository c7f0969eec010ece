package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.midback.testing.RunningServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Swapping an exercise during a session: another that fits the time left, as cues in its place. */
class SwapApiTest {

    private static RunningServer server;
    private static String planId;
    private static JsonNode cues;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start();
        planId = JSON.readTree(server.post("/api/plans", "{\"minutes\": 10, \"place\": \"floor\", \"props\": [\"mat\", \"chair\"]}").body())
                .get("id").asText();
        cues = JSON.readTree(server.get("/api/plans/" + planId + "/timeline").body()).get("cues");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anotherExerciseFillsTheRestOfTheTimeWithContiguousCues() throws Exception {
        String second = null;
        int from = 0;
        int to = 0;
        for (JsonNode cue : cues) {
            String id = cue.get("exerciseId").asText(null);
            if (id == null || id.equals("cat-cow")) {
                continue;
            }
            if (second == null) {
                second = id;
                from = cue.get("at").asInt();
            }
            if (id.equals(second)) {
                to = cue.get("at").asInt() + cue.get("seconds").asInt();
            }
        }
        HttpResponse<String> response = server.get("/api/plans/" + planId + "/swap?exercise=" + second + "&from=" + from + "&to=" + to);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode swapped = JSON.readTree(response.body());
        assertThat(swapped.get("exerciseId").asText()).isNotEqualTo(second);
        JsonNode replacement = swapped.get("cues");
        assertThat(replacement.get(0).get("text").asText()).startsWith("Instead: " + swapped.get("name").asText());
        int at = from;
        for (JsonNode cue : replacement) {
            assertThat(cue.get("at").asInt()).isEqualTo(at);
            assertThat(cue.get("exerciseId").asText()).isEqualTo(swapped.get("exerciseId").asText());
            at += cue.get("seconds").asInt();
        }
        assertThat(at).isEqualTo(to);
    }

    @Test
    void badRequestsNameTheirFieldAndAnUnknownPlanIsNotFound() throws Exception {
        assertThat(field(server.get("/api/plans/" + planId + "/swap?exercise=wheel&from=0&to=10"))).isEqualTo("exercise");
        assertThat(field(server.get("/api/plans/" + planId + "/swap?exercise=cat-cow&from=x&to=10"))).isEqualTo("from");
        assertThat(field(server.get("/api/plans/" + planId + "/swap?exercise=cat-cow&from=20&to=10"))).isEqualTo("to");
        assertThat(server.get("/api/plans/00000000-0000-0000-0000-000000000000/swap?exercise=cat-cow&from=0&to=10").statusCode())
                .isEqualTo(404);
    }

    private static String field(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(400);
        return JSON.readTree(response.body()).get("field").asText();
    }
}
