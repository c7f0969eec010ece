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
    void everySwapThePlanListsCanBeSwappedInAtTheStartOfItsItemAndFourInFiveItemsHaveOne() throws Exception {
        JsonNode plan = JSON.readTree(server.post("/api/plans", "{\"minutes\": 20, \"place\": \"floor\", "
                + "\"props\": [\"mat\", \"towel\", \"foam-roller\", \"band\"], \"level\": \"intermediate\"}").body());
        String id = plan.get("id").asText();
        assertThat(JSON.readTree(server.get("/api/plans/" + id).body()).get("items")).as("the kept plan lists the same swaps")
                .isEqualTo(plan.get("items"));
        int at = 0;
        int offered = 0;
        java.util.Set<String> tried = new java.util.HashSet<>();
        for (JsonNode item : plan.get("items")) {
            String exercise = item.get("exerciseId").asText();
            int end = at + item.get("seconds").asInt();
            JsonNode swaps = item.get("swaps");
            if (swaps.isEmpty()) {
                assertThat(item.get("noSwapReason").asText()).as(exercise).isNotBlank();
                HttpResponse<String> none = server.get("/api/plans/" + id + "/swap?exercise=" + exercise + "&from=" + at + "&to=" + end);
                assertThat(none.statusCode()).as(exercise).isEqualTo(404);
                assertThat(JSON.readTree(none.body()).get("detail").asText()).isEqualTo(item.get("noSwapReason").asText());
            } else if (tried.add(exercise)) {
                offered++;
                assertThat(item.has("noSwapReason")).isFalse();
                for (JsonNode swap : swaps) {
                    String with = swap.get("exerciseId").asText();
                    HttpResponse<String> response = server.get("/api/plans/" + id + "/swap?exercise=" + exercise + "&with=" + with
                            + "&from=" + at + "&to=" + end);
                    assertThat(response.statusCode()).as(exercise + " with " + with).isEqualTo(200);
                    JsonNode swapped = JSON.readTree(response.body());
                    assertThat(swapped.get("exerciseId").asText()).isEqualTo(with);
                    assertThat(swapped.get("name").asText()).isEqualTo(swap.get("name").asText());
                }
                HttpResponse<String> first = server.get("/api/plans/" + id + "/swap?exercise=" + exercise + "&from=" + at + "&to=" + end);
                assertThat(JSON.readTree(first.body()).get("exerciseId").asText()).as("without with: the first listed")
                        .isEqualTo(swaps.get(0).get("exerciseId").asText());
            } else {
                offered++;
            }
            at = end;
        }
        assertThat(offered * 5).as(offered + " of " + plan.get("items").size() + " items offer a swap")
                .isGreaterThanOrEqualTo(plan.get("items").size() * 4);
    }

    @Test
    void aSwapNotAmongThoseThePlanListsIsRefusedByName() throws Exception {
        assertThat(field(server.get("/api/plans/" + planId + "/swap?exercise=cat-cow&with=wheel&from=0&to=60"))).isEqualTo("with");
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
