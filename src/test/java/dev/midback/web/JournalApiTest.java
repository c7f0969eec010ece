package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.midback.testing.RunningServer;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The journal API against the real server: write, read, change, delete; bad input refused and nothing stored. */
class JournalApiTest {

    private static RunningServer server;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = RunningServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static final String SESSION = "{\"items\": [{\"exerciseId\": \"cat-cow\", \"done\": true}, "
            + "{\"exerciseId\": \"Bridge\", \"done\": false, \"amount\": 5}], \"painBefore\": 5, \"painAfter\": 3, "
            + "\"stiffness\": 6, \"notes\": \"easier than yesterday\", \"stoppedForPain\": false}";

    @Test
    void anEntryIsStoredReadChangedAndDeleted() throws Exception {
        HttpResponse<String> created = server.post("/api/journal", SESSION);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode entry = json.readTree(created.body());
        String id = entry.get("id").asText();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/journal/" + id);
        assertThat(entry.get("items").get(1).get("exerciseId").asText()).isEqualTo("bridge");
        assertThat(entry.get("painAfter").asInt()).isEqualTo(3);
        assertThat(entry.get("at").asText()).isNotBlank();

        assertThat(json.readTree(server.get("/api/journal/" + id).body())).isEqualTo(entry);
        assertThat(json.readTree(server.get("/api/journal").body()).findValuesAsText("id")).contains(id);

        HttpResponse<String> changed = server.send("PUT", "/api/journal/" + id, SESSION.replace("\"painAfter\": 3", "\"painAfter\": 2"));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(server.get("/api/journal/" + id).body()).get("painAfter").asInt()).isEqualTo(2);
        assertThat(json.readTree(changed.body()).get("at")).isEqualTo(entry.get("at"));

        assertThat(server.send("DELETE", "/api/journal/" + id, null).statusCode()).isEqualTo(204);
        assertThat(server.get("/api/journal/" + id).statusCode()).isEqualTo(404);
        assertThat(server.send("DELETE", "/api/journal/" + id, null).statusCode()).isEqualTo(404);
    }

    @Test
    void anEntrySentTwiceWithItsDeviceIdIsKeptOnce() throws Exception {
        String id = UUID.randomUUID().toString();
        String body = SESSION.replace("{\"items\"", "{\"id\": \"" + id + "\", \"at\": \"2026-11-20T07:00:00Z\", \"items\"");
        int before = server.count("journal_entries");
        assertThat(server.post("/api/journal", body).statusCode()).isEqualTo(201);
        HttpResponse<String> again = server.post("/api/journal", body);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body()).get("id").asText()).isEqualTo(id);
        assertThat(server.count("journal_entries")).isEqualTo(before + 1);
    }

    @Test
    void anEntryForAPlanTakesItsAmountsFromThePlan() throws Exception {
        JsonNode plan = json.readTree(server.post("/api/plans", "{\"minutes\": 5, \"place\": \"floor\"}").body());
        JsonNode first = plan.get("items").get(0);
        String body = "{\"planId\": \"" + plan.get("id").asText() + "\", \"items\": [{\"exerciseId\": \""
                + first.get("exerciseId").asText() + "\", \"done\": true}], \"painBefore\": 3, \"painAfter\": 3}";
        JsonNode entry = json.readTree(server.post("/api/journal", body).body());
        assertThat(entry.get("items").get(0).get("amount").asInt()).isEqualTo(first.get("dosage").get("amount").asInt());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"items\": []}|painBefore",
            "{\"painBefore\": 11}|painBefore",
            "{\"painBefore\": \"5\"}|painBefore",
            "{\"painBefore\": 5, \"painAfter\": -1}|painAfter",
            "{\"painBefore\": 5, \"stiffness\": 10.5}|stiffness",
            "{\"painBefore\": 5, \"items\": [{\"exerciseId\": \"handstand\", \"done\": true}]}|items[0].exerciseId",
            "{\"painBefore\": 5, \"items\": [{\"exerciseId\": \"cat-cow\"}]}|items[0].done",
            "{\"painBefore\": 5, \"items\": [{\"exerciseId\": \"cat-cow\", \"done\": true, \"amount\": 0}]}|items[0].amount",
            "{\"painBefore\": 5, \"items\": \"cat-cow\"}|items",
            "{\"painBefore\": 5, \"planId\": \"00000000-0000-0000-0000-000000000000\"}|planId",
            "{\"painBefore\": 5, \"id\": \"my-entry\"}|id",
            "{\"painBefore\": 5, \"at\": \"yesterday\"}|at",
            "{\"painBefore\": 5, \"stoppedForPain\": \"no\"}|stoppedForPain",
            "{\"painBefore\": 5, \"mood\": \"good\"}|mood",
            "[1, 2]|body"})
    void badEntriesAreRefusedNamingTheFieldAndNothingIsStored(String body, String field) throws Exception {
        int before = server.count("journal_entries");
        HttpResponse<String> response = server.post("/api/journal", body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("field").asText()).isEqualTo(field);
        assertThat(server.count("journal_entries")).isEqualTo(before);
    }

    @Test
    void notesLongerThanTwoThousandCharactersAreRefused() throws Exception {
        HttpResponse<String> response = server.post("/api/journal", "{\"painBefore\": 2, \"notes\": \"" + "a".repeat(2001) + "\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("field").asText()).isEqualTo("notes");
        assertThat(server.post("/api/journal", "{\"painBefore\": 2, \"notes\": \"" + "a".repeat(2000) + "\"}").statusCode()).isEqualTo(201);
    }

    @Test
    void aBadChangeLeavesTheEntryAsItWas() throws Exception {
        String id = json.readTree(server.post("/api/journal", SESSION).body()).get("id").asText();
        HttpResponse<String> response = server.send("PUT", "/api/journal/" + id, "{\"painBefore\": 99}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(server.get("/api/journal/" + id).body()).get("painBefore").asInt()).isEqualTo(5);
    }
}
