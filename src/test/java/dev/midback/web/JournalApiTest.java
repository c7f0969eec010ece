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
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "9999-12-31T23:59:59Z", "+1000000000-12-31T23:59:59Z"})
    void aTimeOutsideTwoThousandToTomorrowIsRefusedOnPostAndPutAndNothingIsStored(String at) throws Exception {
        String id = json.readTree(server.post("/api/journal", SESSION).body()).get("id").asText();
        JsonNode kept = json.readTree(server.get("/api/journal/" + id).body());
        int before = server.count("journal_entries");

        HttpResponse<String> posted = server.post("/api/journal", "{\"at\": \"" + at + "\", \"painBefore\": 4}");
        HttpResponse<String> put = server.send("PUT", "/api/journal/" + id, "{\"at\": \"" + at + "\", \"painBefore\": 4}");

        for (HttpResponse<String> refused : List.of(posted, put)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(json.readTree(refused.body()).get("field").asText()).isEqualTo("at");
            assertThat(json.readTree(refused.body()).get("detail").asText()).contains("2000-01-01");
        }
        assertThat(server.count("journal_entries")).isEqualTo(before);
        assertThat(json.readTree(server.get("/api/journal/" + id).body())).isEqualTo(kept);
    }

    @Test
    void anAmountBeyondTheLargestWholeNumberIsRefusedNotWrapped() throws Exception {
        int before = server.count("journal_entries");

        HttpResponse<String> response = server.post("/api/journal",
                "{\"painBefore\": 5, \"items\": [{\"exerciseId\": \"cat-cow\", \"done\": true, \"amount\": 4294967301}]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("field").asText()).isEqualTo("items[0].amount");
        assertThat(server.count("journal_entries")).isEqualTo(before);
    }

    @Test
    void theJournalComesNewestFirstInPagesThatFollowTheirLinksAndCoverEveryEntryOnce() throws Exception {
        try (RunningServer fresh = RunningServer.start()) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 23; i++) {
                // Some entries share their time; each must still come exactly once.
                String at = Instant.parse("2026-11-01T08:00:00Z").plus(i / 2, ChronoUnit.HOURS).toString();
                ids.add(json.readTree(fresh.post("/api/journal", "{\"at\": \"" + at + "\", \"painBefore\": " + i % 11 + "}").body())
                        .get("id").asText());
            }

            List<JsonNode> read = new ArrayList<>();
            String next = "/api/journal?limit=5";
            int pages = 0;
            while (next != null) {
                HttpResponse<String> page = fresh.get(next);
                assertThat(page.statusCode()).isEqualTo(200);
                JsonNode entries = json.readTree(page.body());
                assertThat(entries.isArray()).isTrue();
                assertThat(entries.size()).isLessThanOrEqualTo(5);
                entries.forEach(read::add);
                next = page.headers().firstValue("Link").map(JournalApiTest::nextLink).orElse(null);
                pages++;
            }

            assertThat(pages).isEqualTo(5);
            assertThat(read).extracting(e -> e.get("id").asText()).containsExactlyInAnyOrderElementsOf(ids).doesNotHaveDuplicates();
            List<String> times = read.stream().map(e -> e.get("at").asText()).toList();
            assertThat(times).isSortedAccordingTo(java.util.Comparator.comparing(Instant::parse, java.util.Comparator.reverseOrder()));
            HttpResponse<String> whole = fresh.get("/api/journal");
            assertThat(json.readTree(whole.body())).hasSize(23);
            assertThat(whole.headers().firstValue("Link")).isEmpty();
        }
    }

    @Test
    void withoutALimitAPageHoldsAHundredEntries() throws Exception {
        try (RunningServer fresh = RunningServer.start()) {
            StringBuilder journal = new StringBuilder();
            for (int i = 0; i < 130; i++) {
                journal.append(i == 0 ? "" : ",").append("{\"id\": \"").append(UUID.randomUUID()).append("\", \"at\": \"")
                        .append(Instant.parse("2026-06-01T08:00:00Z").plus(i, ChronoUnit.DAYS)).append("\", \"painBefore\": 3}");
            }
            assertThat(fresh.post("/api/import", "{\"format\": \"midback\", \"version\": 1, \"journal\": [" + journal + "]}")
                    .statusCode()).isEqualTo(200);

            HttpResponse<String> first = fresh.get("/api/journal");
            HttpResponse<String> rest = fresh.get(nextLink(first.headers().firstValue("Link").orElseThrow()));

            assertThat(json.readTree(first.body())).hasSize(100);
            assertThat(json.readTree(first.body()).get(0).get("at").asText()).startsWith("2026-10-08");
            assertThat(json.readTree(rest.body())).hasSize(30);
            assertThat(json.readTree(fresh.get("/api/journal?limit=500").body())).hasSize(130);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "limit=0|limit", "limit=501|limit", "limit=abc|limit", "limit=|limit", "limit=2.5|limit", "limit=-1|limit",
            "limit=99999999999999999999|limit", "limit=5&limit=6|limit",
            "cursor=!!!|cursor", "cursor=abc|cursor", "cursor=bm90LWEtdGltZSBzb21lLWlk|cursor", "cursor=|cursor"})
    void aBadLimitOrCursorIsRefusedNamingIt(String query, String field) throws Exception {
        HttpResponse<String> response = server.get("/api/journal?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("field").asText()).isEqualTo(field);
    }

    @Test
    void anEntryAnOlderVersionStoredWithAWildDateIsListedAndCanBeDeleted() throws Exception {
        try (RunningServer fresh = RunningServer.start()) {
            JournalStore store = new JdbcJournalStore(fresh.database());
            for (String at : List.of("+1000000000-12-31T23:59:59Z", "0001-01-01T00:00:00Z")) {
                store.add(JournalStore.LOCAL, new JournalEntry(UUID.randomUUID().toString(), Instant.parse(at), null, List.of(), 4, null,
                        null, "", false));
            }

            JsonNode listed = json.readTree(fresh.get("/api/journal").body());

            assertThat(listed).hasSize(2);
            for (JsonNode entry : listed) {
                assertThat(fresh.send("DELETE", "/api/journal/" + entry.get("id").asText(), null).statusCode()).isEqualTo(204);
            }
            assertThat(fresh.count("journal_entries")).isZero();
        }
    }

    /** The address in a {@code Link: <...>; rel="next"} header. */
    private static String nextLink(String header) {
        assertThat(header).endsWith("; rel=\"next\"");
        return header.substring(header.indexOf('<') + 1, header.indexOf('>'));
    }
}
