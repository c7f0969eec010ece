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
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The history pages against the real server, as plain HTML forms: list a page at a time, edit (good
 * and bad values), delete, unknown ids, and sessions an older version stored with a wild date.
 */
class HistoryWebTest {

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

    @Test
    void historyListsEveryEntryNewestFirstWithAnEditLinkAndADeleteButton() throws Exception {
        String older = add(9, "{\"items\": [{\"exerciseId\": \"cat-cow\", \"done\": true, \"amount\": 6}], \"painBefore\": 6, "
                + "\"painAfter\": 4, \"stiffness\": 7, \"notes\": \"stiff after the drive\"}");
        String newer = add(2, "{\"items\": [{\"exerciseId\": \"cobra\", \"done\": false}, {\"exerciseId\": \"bridge\", \"done\": true}], "
                + "\"painBefore\": 5, \"painAfter\": 7, \"notes\": \"sharp twinge <b>here</b>\", \"stoppedForPain\": true}");

        HttpResponse<String> page = server.get("/history");

        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body.indexOf("sharp twinge")).isLessThan(body.indexOf("stiff after the drive"));
        assertThat(body).contains("href=\"/history/" + older + "/edit\"", "action=\"/history/" + older + "/delete\"",
                "href=\"/history/" + newer + "/edit\"", "action=\"/history/" + newer + "/delete\"");
        String olderCard = card(body, older);
        assertThat(olderCard).contains("Cat-cow (6 repetitions)", ">6 <", "4 <span class=\"hint\">(down 2)</span>", "7 of 10")
                .doesNotContain("Stopped for pain");
        String newerCard = card(body, newer);
        assertThat(newerCard).contains("Stopped for pain", "Skipped", "Cobra", "Bridge", "(up 2)", "Stiffness</dt><dd>not noted");
        assertThat(newerCard).contains("sharp twinge &lt;b&gt;here&lt;/b&gt;").doesNotContain("<b>here</b>");
        assertThat(server.get("/").body()).contains("href=\"/history\"", "href=\"/progress\"");
    }

    @Test
    void theEditFormShowsTheEntryAsItIs() {
        String id = add(3, "{\"items\": [{\"exerciseId\": \"cat-cow\", \"done\": true, \"amount\": 6}, "
                + "{\"exerciseId\": \"bridge\", \"done\": false, \"amount\": 5}], \"painBefore\": 5, \"painAfter\": 3, \"notes\": \"ok\"}");

        String form = server.get("/history/" + id + "/edit").body();

        assertThat(form).contains("method=\"post\" action=\"/history/" + id + "\"", "name=\"painBefore\"", "value=\"5\"",
                "value=\"3\"", ">ok</textarea>");
        assertThat(form).containsPattern("value=\"0\" checked> Cat-cow \\(6 repetitions\\)")
                .containsPattern("value=\"1\"> Bridge \\(5 breaths\\)");
    }

    @Test
    void aGoodEditIsStoredAndLeadsBackToTheHistory() throws Exception {
        String id = add(4, "{\"items\": [{\"exerciseId\": \"cat-cow\", \"done\": true, \"amount\": 6}, "
                + "{\"exerciseId\": \"bridge\", \"done\": true, \"amount\": 5}], \"painBefore\": 5, \"painAfter\": 3, \"notes\": \"ok\"}");
        JsonNode before = entry(id);

        HttpResponse<String> saved = Forms.post(server, "/history/" + id, Forms.encode(List.of(
                Map.entry("painBefore", "4"), Map.entry("painAfter", "1"), Map.entry("stiffness", "2"),
                Map.entry("notes", "  better than I thought  "), Map.entry("stoppedForPain", "true"), Map.entry("done", "1"))));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue("/history?saved=" + id + "#entry-" + id);
        JsonNode after = entry(id);
        assertThat(after.get("painBefore").asInt()).isEqualTo(4);
        assertThat(after.get("painAfter").asInt()).isEqualTo(1);
        assertThat(after.get("stiffness").asInt()).isEqualTo(2);
        assertThat(after.get("notes").asText()).isEqualTo("better than I thought");
        assertThat(after.get("stoppedForPain").asBoolean()).isTrue();
        assertThat(after.get("items").findValues("done")).extracting(JsonNode::asBoolean).containsExactly(false, true);
        assertThat(after.get("items").findValues("amount")).extracting(JsonNode::asInt).containsExactly(6, 5);
        assertThat(after.get("at")).isEqualTo(before.get("at"));

        String history = server.get("/history?saved=" + id).body();
        assertThat(history).contains("Your changes are saved.", "better than I thought");
        assertThat(card(history, id)).contains("history-entry highlighted");
    }

    @Test
    void emptyOptionalFieldsAreStoredAsNotNoted() throws Exception {
        String id = add(5, "{\"painBefore\": 5, \"painAfter\": 3, \"stiffness\": 4}");

        Forms.post(server, "/history/" + id, "painBefore=5&painAfter=&stiffness=&notes=");

        JsonNode after = entry(id);
        assertThat(after.get("painAfter").isNull()).isTrue();
        assertThat(after.get("stiffness").isNull()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "painBefore=11&painAfter=3|painBefore|Pain before must be from 0 to 10, not 11",
            "painBefore=&painAfter=3|painBefore|Pain before is required",
            "painBefore=5&painAfter=abc|painAfter|Pain after must be a whole number from 0 to 10, not 'abc'",
            "painBefore=5&stiffness=-1|stiffness|Stiffness must be from 0 to 10, not -1"})
    void aBadValueIsShownNextToItsFieldAndNothingIsStored(String form, String field, String message) throws Exception {
        String id = add(6, "{\"items\": [{\"exerciseId\": \"cat-cow\", \"done\": true}], \"painBefore\": 5, \"painAfter\": 3, \"notes\": \"as it was\"}");
        JsonNode before = entry(id);

        HttpResponse<String> refused = Forms.post(server, "/history/" + id, form + "&notes=changed");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        String body = refused.body();
        assertThat(body).contains("<p class=\"field-error\" id=\"" + field + "-error\">" + message);
        assertThat(body).containsPattern("id=\"" + field + "\" name=\"" + field + "\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\""
                + field + "-hint " + field + "-error\"");
        assertThat(body).contains(">changed</textarea>").contains("Nothing was saved.");
        assertThat(entry(id)).isEqualTo(before);
    }

    @Test
    void tooLongNotesAreRefused() throws Exception {
        String id = add(6, "{\"painBefore\": 5}");

        HttpResponse<String> refused = Forms.post(server, "/history/" + id, "painBefore=5&notes=" + "a".repeat(2001));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"notes-error\">Notes are limited to 2000 characters");
        assertThat(entry(id).get("notes").asText()).isEmpty();
    }

    @Test
    void deletingAsksFirstThenTakesTheEntryOut() throws Exception {
        String id = add(7, "{\"painBefore\": 3, \"painAfter\": 2, \"notes\": \"to be deleted\"}");
        int rows = server.count("journal_entries");

        HttpResponse<String> ask = server.get("/history/" + id + "/delete");
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.body()).contains("Delete this session?", "to be deleted",
                "<form method=\"post\" action=\"/history/" + id + "/delete\"", "Keep it");
        assertThat(server.count("journal_entries")).as("asking deletes nothing").isEqualTo(rows);

        HttpResponse<String> deleted = Forms.post(server, "/history/" + id + "/delete", "");
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.headers().firstValue("Location")).hasValue("/history?deleted=1");
        assertThat(server.get("/api/journal/" + id).statusCode()).isEqualTo(404);
        assertThat(server.count("journal_entries")).isEqualTo(rows - 1);
        assertThat(server.get("/history?deleted=1").body()).contains("The session is deleted.").doesNotContain("to be deleted");
    }

    @Test
    void unknownIdsGiveANotFoundPage() {
        String missing = "/history/3f2b8c1e-0d4a-4c7e-9b1f-2a6d5e8c9f00";
        List<HttpResponse<String>> answers = new ArrayList<>(List.of(server.get(missing + "/edit"), server.get(missing + "/delete"),
                Forms.post(server, missing, "painBefore=3"), Forms.post(server, missing + "/delete", "")));
        assertThat(answers).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(r.body()).contains("Session not found", "3f2b8c1e-0d4a-4c7e-9b1f-2a6d5e8c9f00");
        });
    }

    @Test
    void aFormSentFromAnotherSiteChangesNothing() throws Exception {
        String id = add(8, "{\"painBefore\": 4, \"notes\": \"mine\"}");
        JsonNode before = entry(id);

        assertThat(Forms.post(server, "/history/" + id, "painBefore=9", "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
        assertThat(Forms.post(server, "/history/" + id + "/delete", "", "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
        assertThat(entry(id)).isEqualTo(before);
        assertThat(Forms.post(server, "/history/" + id, "painBefore=3", "Sec-Fetch-Site", "same-origin").statusCode()).isEqualTo(303);
    }

    @Test
    void aLongHistoryComesFiftyToAPageNewestFirstWithLinksBetweenThePages() throws Exception {
        try (RunningServer fresh = RunningServer.start()) {
            List<String> newestFirst = importDaily(fresh, 120);

            HttpResponse<String> first = fresh.get("/history");
            HttpResponse<String> second = fresh.get("/history?page=2");
            HttpResponse<String> third = fresh.get("/history?page=3");

            assertThat(first.body()).contains("120 sessions, newest first, 50 a page", "Page 1 of 3", "href=\"/history?page=2\" rel=\"next\"")
                    .doesNotContain("rel=\"prev\"");
            assertThat(second.body()).contains("Page 2 of 3", "href=\"/history\" rel=\"prev\"", "href=\"/history?page=3\" rel=\"next\"");
            assertThat(third.body()).contains("Page 3 of 3", "href=\"/history?page=2\" rel=\"prev\"").doesNotContain("rel=\"next\"");
            List<String> shown = new ArrayList<>();
            for (HttpResponse<String> page : List.of(first, second, third)) {
                assertThat(page.statusCode()).isEqualTo(200);
                shown.addAll(ids(page.body()));
            }
            assertThat(ids(first.body())).hasSize(50);
            assertThat(ids(third.body())).hasSize(20);
            assertThat(shown).containsExactlyElementsOf(newestFirst);
        }
    }

    @Test
    void aChangeOrADeletionLeadsBackToThePageTheSessionIsOn() throws Exception {
        try (RunningServer fresh = RunningServer.start()) {
            List<String> newestFirst = importDaily(fresh, 60);
            String sixtieth = newestFirst.get(59);

            assertThat(fresh.get("/history/" + sixtieth + "/delete").body())
                    .contains("<a href=\"/history?page=2#entry-" + sixtieth + "\">Keep it</a>");
            HttpResponse<String> saved = Forms.post(fresh, "/history/" + sixtieth, "painBefore=2");
            HttpResponse<String> deleted = Forms.post(fresh, "/history/" + sixtieth + "/delete", "");
            HttpResponse<String> deletedFirst = Forms.post(fresh, "/history/" + newestFirst.get(0) + "/delete", "");

            assertThat(saved.headers().firstValue("Location")).hasValue("/history?page=2&saved=" + sixtieth + "#entry-" + sixtieth);
            assertThat(deleted.headers().firstValue("Location")).hasValue("/history?page=2&deleted=1");
            assertThat(deletedFirst.headers().firstValue("Location")).hasValue("/history?deleted=1");
            assertThat(fresh.get("/history?page=2&deleted=1").body()).contains("The session is deleted.", "Page 2 of 2");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=0", "page=4", "page=-1", "page=abc", "page=", "page=1.5", "page=99999999999", "page=1&page=2"})
    void aBadPageNumberIsRefusedNamingPage(String query) {
        try (RunningServer fresh = RunningServer.start()) {
            importDaily(fresh, 120);

            HttpResponse<String> refused = fresh.get("/history?" + query);

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(refused.body()).contains("Invalid page", "must be a whole number from 1 to 3", "href=\"/history\"");
        }
    }

    @Test
    void aSessionAnOlderVersionStoredWithAWildDateIsShownForDeletionAndNothingBreaks() throws Exception {
        try (RunningServer fresh = RunningServer.start()) {
            String good = add(fresh, 2, "{\"painBefore\": 4, \"notes\": \"a real one\"}");
            JdbcJournalStore store = new JdbcJournalStore(fresh.database());
            List<String> wild = new ArrayList<>();
            for (String at : List.of("+1000000000-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z")) {
                String id = UUID.randomUUID().toString();
                store.add(JournalStore.LOCAL, new JournalEntry(id, Instant.parse(at), null, List.of(), 6, null, null, "wild " + at, false));
                wild.add(id);
            }

            HttpResponse<String> history = fresh.get("/history");

            assertThat(history.statusCode()).isEqualTo(200);
            assertThat(history.body()).contains("4 sessions", "a real one", "href=\"/history/" + good + "/edit\"");
            for (String id : wild) {
                String card = card(history.body(), id);
                assertThat(card).contains("A date out of range", "left out of your progress", "action=\"/history/" + id + "/delete\"")
                        .doesNotContain("/edit\"");
                assertThat(fresh.get("/history/" + id + "/delete").statusCode()).isEqualTo(200);
                HttpResponse<String> edit = fresh.get("/history/" + id + "/edit");
                assertThat(edit.statusCode()).isEqualTo(409);
                assertThat(edit.body()).contains("can only be deleted", "href=\"/history/" + id + "/delete\"");
                assertThat(Forms.post(fresh, "/history/" + id, "painBefore=3").statusCode()).isEqualTo(409);
                assertThat(Forms.post(fresh, "/history/" + id + "/delete", "").statusCode()).isEqualTo(303);
            }
            assertThat(fresh.count("journal_entries")).isEqualTo(1);
        }
    }

    /** Imports one session a day up to yesterday, and gives their ids newest first. */
    private List<String> importDaily(RunningServer target, int days) {
        List<String> ids = new ArrayList<>();
        StringBuilder journal = new StringBuilder();
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(days, ChronoUnit.DAYS).plus(8, ChronoUnit.HOURS);
        for (int i = 0; i < days; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(0, id);
            journal.append(i == 0 ? "" : ",").append("{\"id\": \"").append(id).append("\", \"at\": \"")
                    .append(start.plus(i, ChronoUnit.DAYS)).append("\", \"painBefore\": ").append(i % 11).append("}");
        }
        HttpResponse<String> imported = target.post("/api/import", "{\"format\": \"midback\", \"version\": 1, \"journal\": [" + journal + "]}");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        return ids;
    }

    /** The ids of the entries on a history page, in the order shown. */
    private static List<String> ids(String page) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<li id=\"entry-([^\"]+)\"").matcher(page);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** Posts an entry through the API, dated some days ago, and gives its id. */
    private String add(int daysAgo, String body) {
        return add(server, daysAgo, body);
    }

    private String add(RunningServer target, int daysAgo, String body) {
        String at = Instant.now().minus(daysAgo, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        HttpResponse<String> created = target.post("/api/journal", "{\"at\": \"" + at + "\", " + body.substring(1));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        try {
            return json.readTree(created.body()).get("id").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JsonNode entry(String id) throws Exception {
        return json.readTree(server.get("/api/journal/" + id).body());
    }

    /** The list item of one entry on the history page. */
    private static String card(String page, String id) {
        int start = page.lastIndexOf("<li", page.indexOf("id=\"entry-" + id + "\""));
        return page.substring(start, page.indexOf("</li>", start));
    }
}
