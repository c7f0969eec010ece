package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.midback.journal.JournalEntry;
import dev.midback.journal.JournalStore;
import dev.midback.store.JdbcJournalStore;
import dev.midback.testing.RunningServer;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "+1000000000-12-31T23:59:59Z"})
    void anImportWithATimeOutsideTwoThousandToTomorrowStoresNothing(String at) throws Exception {
        try (RunningServer server = RunningServer.start()) {
            String body = "{\"format\": \"midback\", \"version\": 1, \"journal\": ["
                    + "{\"id\": \"11111111-1111-4111-8111-111111111111\", \"at\": \"2026-11-01T08:00:00Z\", \"painBefore\": 3},"
                    + "{\"id\": \"22222222-2222-4222-8222-222222222222\", \"at\": \"" + at + "\", \"painBefore\": 3}]}";

            HttpResponse<String> response = server.post("/api/import", body);

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json.readTree(response.body()).get("field").asText()).isEqualTo("journal[1].at");
            assertThat(server.count("journal_entries")).isZero();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"format\": \"midback\", \"version\": true, \"journal\": []}|version",
            "{\"format\": \"midback\", \"version\": 1.0, \"journal\": []}|version",
            "{\"format\": \"midback\", \"version\": 4294967297, \"journal\": []}|version",
            "{\"format\": \"midback\", \"version\": 1, \"journal\": [], \"extra\": 1}|extra",
            "{\"format\": \"midback\", \"version\": 1, \"journal\": [{\"id\": \"11111111-1111-4111-8111-111111111111\", "
                    + "\"at\": \"2026-11-01T08:00:00Z\", \"painBefore\": 3, \"items\": [{\"exerciseId\": \"cobra\", \"done\": true, "
                    + "\"amount\": 4294967301}]}]}|journal[0].items[0].amount"})
    void anImportOfTheWrongShapeIsRefusedNamingTheField(String body, String field) throws Exception {
        try (RunningServer server = RunningServer.start()) {
            HttpResponse<String> response = server.post("/api/import", body);

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json.readTree(response.body()).get("field").asText()).isEqualTo(field);
            assertThat(server.count("journal_entries")).isZero();
        }
    }

    @Test
    void aJournalOfSeveralHundredEntriesComesBackIdenticalThroughExportAndImport() throws Exception {
        try (RunningServer server = RunningServer.start()) {
            Random random = new Random(8);
            List<String> entries = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                String at = Instant.parse("2026-01-01T06:00:00Z").plus(i * 23L, ChronoUnit.HOURS).plusMillis(random.nextInt(1000)).toString();
                entries.add("{\"id\": \"" + new UUID(random.nextLong(), random.nextLong())
                        + "\", \"at\": \"" + at + "\", \"painBefore\": " + random.nextInt(11)
                        + (i % 3 == 0 ? "" : ", \"painAfter\": " + random.nextInt(11)) + ", \"stiffness\": " + random.nextInt(11)
                        + ", \"notes\": \"day " + i + " \\u00e9t\\u00e9 \\\"quoted\\\"\", \"stoppedForPain\": " + (i % 17 == 0)
                        + ", \"items\": [{\"exerciseId\": \"cobra\", \"done\": true, \"amount\": " + (1 + random.nextInt(10))
                        + "}, {\"exerciseId\": \"cat-cow\", \"done\": " + (i % 2 == 0) + "}]}");
            }
            HttpResponse<String> first = server.post("/api/import", "{\"format\": \"midback\", \"version\": 1, \"journal\": ["
                    + String.join(",", entries) + "]}");
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            assertThat(json.readTree(first.body()).get("imported").asInt()).isEqualTo(300);

            HttpResponse<String> exported = server.get("/api/export");
            assertThat(exported.statusCode()).isEqualTo(200);
            assertThat(exported.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            JsonNode before = json.readTree(exported.body());
            assertThat(before.get("journal")).hasSize(300);
            assertThat(before.fieldNames()).toIterable().containsExactly("format", "version", "exportedAt", "journal");
            server.send("DELETE", "/api/data", null);
            HttpResponse<String> imported = server.post("/api/import", exported.body());
            JsonNode after = json.readTree(server.get("/api/export").body());

            assertThat(json.readTree(imported.body()).get("imported").asInt()).isEqualTo(300);
            assertThat(after.get("journal")).isEqualTo(before.get("journal"));
            List<String> times = new ArrayList<>();
            before.get("journal").forEach(e -> times.add(e.get("at").asText()));
            assertThat(times).as("oldest first").isSortedAccordingTo(java.util.Comparator.comparing(Instant::parse));
        }
    }

    @Test
    void anEntryWithAWildDateLeftByAnOlderVersionStaysOutOfTheExportSoItImportsAgain() throws Exception {
        try (RunningServer server = RunningServer.start()) {
            server.post("/api/journal", "{\"painBefore\": 5, \"at\": \"2026-11-19T06:00:00Z\"}");
            new JdbcJournalStore(server.database()).add(JournalStore.LOCAL, new JournalEntry(UUID.randomUUID().toString(),
                    Instant.parse("+1000000000-12-31T23:59:59Z"), null, List.of(), 4, null, null, "", false));

            HttpResponse<String> exported = server.get("/api/export");

            assertThat(exported.statusCode()).isEqualTo(200);
            assertThat(json.readTree(exported.body()).get("journal")).hasSize(1);
            server.send("DELETE", "/api/data", null);
            assertThat(server.post("/api/import", exported.body()).statusCode()).isEqualTo(200);
            assertThat(server.count("journal_entries")).isEqualTo(1);
        }
    }
}
