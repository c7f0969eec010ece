package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.midback.testing.RunningServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A person's data exported, deleted and imported back without loss; a bad import stores nothing. */
class DataApiTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void exportDeleteImportGivesTheSameJournal() throws Exception {
        try (RunningServer server = RunningServer.start()) {
            server.post("/api/journal", "{\"painBefore\": 5, \"painAfter\": 3, \"stiffness\": 4, \"notes\": \"first \\u00e9t\\u00e9\", "
                    + "\"items\": [{\"exerciseId\": \"cat-cow\", \"done\": true, \"amount\": 6}]}");
            server.post("/api/journal", "{\"painBefore\": 4, \"stoppedForPain\": true, \"at\": \"2026-11-19T06:00:00Z\"}");
            HttpResponse<String> exported = server.get("/api/export");
            assertThat(exported.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment"));
            JsonNode before = json.readTree(server.get("/api/journal").body());

            HttpResponse<String> deleted = server.send("DELETE", "/api/data", null);
            assertThat(json.readTree(deleted.body()).get("deleted").asInt()).isEqualTo(2);
            assertThat(json.readTree(server.get("/api/journal").body())).isEmpty();

            HttpResponse<String> imported = server.post("/api/import", exported.body());
            assertThat(imported.statusCode()).isEqualTo(200);
            assertThat(json.readTree(imported.body()).get("imported").asInt()).isEqualTo(2);
            assertThat(json.readTree(server.get("/api/journal").body())).isEqualTo(before);

            JsonNode again = json.readTree(server.post("/api/import", exported.body()).body());
            assertThat(again.get("imported").asInt()).isZero();
            assertThat(again.get("alreadyThere").asInt()).isEqualTo(2);
        }
    }

    @Test
    void anImportWithOneBadEntryStoresNoneAndNamesIt() throws Exception {
        try (RunningServer server = RunningServer.start()) {
            String body = "{\"format\": \"midback\", \"version\": 1, \"journal\": ["
                    + "{\"id\": \"11111111-1111-4111-8111-111111111111\", \"at\": \"2026-11-01T08:00:00Z\", \"painBefore\": 3},"
                    + "{\"id\": \"22222222-2222-4222-8222-222222222222\", \"at\": \"2026-11-02T08:00:00Z\", \"painBefore\": 30}]}";
            HttpResponse<String> response = server.post("/api/import", body);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json.readTree(response.body()).get("field").asText()).isEqualTo("journal[1].painBefore");
            assertThat(server.count("journal_entries")).isZero();
            assertThat(server.post("/api/import", "{\"journal\": []}").statusCode()).isEqualTo(400);
        }
    }
}
