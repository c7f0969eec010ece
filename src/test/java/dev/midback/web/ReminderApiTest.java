package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.midback.testing.RunningServer;
import dev.midback.web.reminder.ReminderHandlers;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reminders API and the calendar feed against the real server; bad input is refused, naming the field, and nothing is stored. */
class ReminderApiTest {

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

    private static final String WEEKDAY_BREAK = "{\"kind\": \"desk-break\", \"days\": [\"MO\", \"TU\", \"WE\", \"TH\", \"FR\"], "
            + "\"time\": \"11:00\", \"timeZone\": \"Europe/Madrid\", \"label\": \"Stand and stretch\", \"enabled\": true}";

    private JsonNode created(String body) throws Exception {
        HttpResponse<String> response = server.post("/api/reminders", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }

    @Test
    void aReminderIsStoredReadChangedAndDeleted() throws Exception {
        HttpResponse<String> response = server.post("/api/reminders", WEEKDAY_BREAK);
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode reminder = json.readTree(response.body());
        String id = reminder.get("id").asText();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/reminders/" + id);
        assertThat(reminder.get("kind").asText()).isEqualTo("desk-break");
        assertThat(reminder.get("days")).hasSize(5);
        assertThat(reminder.get("time").asText()).isEqualTo("11:00");
        assertThat(reminder.get("timeZone").asText()).isEqualTo("Europe/Madrid");
        assertThat(reminder.get("label").asText()).isEqualTo("Stand and stretch");
        assertThat(reminder.get("enabled").asBoolean()).isTrue();

        assertThat(json.readTree(server.get("/api/reminders/" + id).body())).isEqualTo(reminder);
        assertThat(json.readTree(server.get("/api/reminders").body()).findValuesAsText("id")).contains(id);

        String changedBody = "{\"id\": \"" + id + "\", \"kind\": \"session\", \"days\": [\"SA\"], \"time\": \"09:30\", "
                + "\"timeZone\": \"Asia/Kolkata\", \"label\": \"Weekend routine\", \"enabled\": false}";
        HttpResponse<String> changed = server.send("PUT", "/api/reminders/" + id, changedBody);
        assertThat(changed.statusCode()).isEqualTo(200);
        JsonNode after = json.readTree(server.get("/api/reminders/" + id).body());
        assertThat(after.get("kind").asText()).isEqualTo("session");
        assertThat(after.get("days").toString()).isEqualTo("[\"SA\"]");
        assertThat(after.get("time").asText()).isEqualTo("09:30");
        assertThat(after.get("timeZone").asText()).isEqualTo("Asia/Kolkata");
        assertThat(after.get("enabled").asBoolean()).isFalse();

        assertThat(server.send("DELETE", "/api/reminders/" + id, null).statusCode()).isEqualTo(204);
        assertThat(server.get("/api/reminders/" + id).statusCode()).isEqualTo(404);
        assertThat(server.send("DELETE", "/api/reminders/" + id, null).statusCode()).isEqualTo(404);
        assertThat(server.send("PUT", "/api/reminders/" + id, changedBody).statusCode()).isEqualTo(404);
    }

    @Test
    void leftOutPartsTakeTheServersTimeZoneTheKindsLabelAndAreOn() throws Exception {
        JsonNode reminder = created("{\"kind\": \"session\", \"days\": [\"FR\", \"MO\"], \"time\": \"18:00\"}");
        assertThat(reminder.get("timeZone").asText()).isEqualTo("UTC");
        assertThat(reminder.get("label").asText()).isEqualTo("Mid-back routine");
        assertThat(reminder.get("enabled").asBoolean()).isTrue();
        assertThat(reminder.get("days").toString()).isEqualTo("[\"MO\",\"FR\"]");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "{                                                                                   | body",
        "[]                                                                                  | body",
        "{'kind': 'session', 'days': ['MO'], 'time': '08:00', 'colour': 'red'}               | colour",
        "{'kind': 'session', 'kind': 'desk-break', 'days': ['MO'], 'time': '08:00'}          | body",
        "{'days': ['MO'], 'time': '08:00'}                                                   | kind",
        "{'kind': 'nap', 'days': ['MO'], 'time': '08:00'}                                    | kind",
        "{'kind': 1, 'days': ['MO'], 'time': '08:00'}                                        | kind",
        "{'kind': 'session', 'time': '08:00'}                                                | days",
        "{'kind': 'session', 'days': 'MO', 'time': '08:00'}                                  | days",
        "{'kind': 'session', 'days': [], 'time': '08:00'}                                    | days",
        "{'kind': 'session', 'days': [1], 'time': '08:00'}                                   | days[0]",
        "{'kind': 'session', 'days': ['MO', 'Tuesday'], 'time': '08:00'}                     | days[1]",
        "{'kind': 'session', 'days': ['MO', 'MO'], 'time': '08:00'}                          | days[1]",
        "{'kind': 'session', 'days': ['MO']}                                                 | time",
        "{'kind': 'session', 'days': ['MO'], 'time': '25:00'}                                | time",
        "{'kind': 'session', 'days': ['MO'], 'time': '07:60'}                                | time",
        "{'kind': 'session', 'days': ['MO'], 'time': '7am'}                                  | time",
        "{'kind': 'session', 'days': ['MO'], 'time': 800}                                    | time",
        "{'kind': 'session', 'days': ['MO'], 'time': '08:00', 'timeZone': 'Mars/Olympus'}    | timeZone",
        "{'kind': 'session', 'days': ['MO'], 'time': '08:00', 'timeZone': '+01:00'}          | timeZone",
        "{'kind': 'session', 'days': ['MO'], 'time': '08:00', 'timeZone': 2}                 | timeZone",
        "{'kind': 'session', 'days': ['MO'], 'time': '08:00', 'label': true}                 | label",
        "{'kind': 'session', 'days': ['MO'], 'time': '08:00', 'label': 'LONG'}               | label",
        "{'kind': 'session', 'days': ['MO'], 'time': '08:00', 'label': 'two\\nlines'}        | label",
        "{'kind': '', 'days': ['MO'], 'time': '08:00'}                                       | kind",
        "{'kind': 'Session', 'days': ['MO'], 'time': '08:00'}                                | kind",
        "{'kind': 'session', 'days': [''], 'time': '08:00'}                                  | days[0]",
        "{'kind': 'session', 'days': ['MO', null], 'time': '08:00'}                          | days[1]",
        "{'kind': 'session', 'days': ['MO'], 'time': ''}                                     | time",
        "{'kind': 'session', 'days': ['MO'], 'time': '24:00'}                                | time",
        "{'kind': 'session', 'days': ['MO'], 'time': '7:3'}                                  | time",
        "{'kind': 'session', 'days': ['MO'], 'time': '08:00:00'}                             | time",
        "{'kind': 'session', 'days': ['MO'], 'time': '08:00', 'timeZone': ''}                | timeZone",
        "{'kind': 'session', 'days': ['MO'], 'time': '08:00', 'timeZone': 'Europe/Nowhere'}  | timeZone",
        "{'kind': 'session', 'days': ['MO'], 'time': '08:00', 'timeZone': ' Europe/Paris'}   | timeZone",
        "{'kind': 'session', 'days': ['MO'], 'time': '08:00', 'timeZone': 'ZONE500'}         | timeZone",
        "{'kind': 'session\\u0000', 'days': ['MO'], 'time': '08:00'}                        | kind",
        "{'kind': 'session', 'days': ['MO', 'TU\\u0000'], 'time': '08:00'}                  | days[1]",
        "{'kind': 'session', 'days': ['MO'], 'time': '08:00\\u0000'}                        | time",
        "{'kind': 'session', 'days': ['MO'], 'time': '08:00', 'timeZone': 'UTC\\u0000'}     | timeZone",
        "{'kind': 'session', 'days': ['MO'], 'time': '08:00', 'label': 'a\\u0000b'}         | label",
        "{'kind': 'session', 'days': ['MO'], 'time': '08:00', 'enabled': 'yes'}              | enabled",
        "{'id': 'mine', 'kind': 'session', 'days': ['MO'], 'time': '08:00'}                  | id",
    })
    void badInputIsRefusedNamingTheFieldAndNothingIsStored(String body, String field) throws Exception {
        int before = server.count("reminders");
        HttpResponse<String> response = server.post("/api/reminders", body.replace('\'', '"')
                .replace("LONG", "x".repeat(101)).replace("ZONE500", "Europe/" + "x".repeat(493)));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("field").asText()).isEqualTo(field);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("\0").hasSizeLessThan(300);
        assertThat(server.count("reminders")).isEqualTo(before);
    }

    @Test
    void aBadChangeLeavesTheReminderAsItWas() throws Exception {
        JsonNode reminder = created(WEEKDAY_BREAK);
        String id = reminder.get("id").asText();
        HttpResponse<String> response = server.send("PUT", "/api/reminders/" + id, WEEKDAY_BREAK.replace("11:00", "24:00"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("field").asText()).isEqualTo("time");
        HttpResponse<String> otherId = server.send("PUT", "/api/reminders/" + id,
                WEEKDAY_BREAK.replace("{", "{\"id\": \"00000000-0000-0000-0000-000000000000\", "));
        assertThat(json.readTree(otherId.body()).get("field").asText()).isEqualTo("id");
        assertThat(json.readTree(server.get("/api/reminders/" + id).body())).isEqualTo(reminder);
    }

    @Test
    void unknownIdsAreNotFound() throws Exception {
        HttpResponse<String> response = server.get("/api/reminders/no-such-reminder");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json.readTree(response.body()).get("field").asText()).isEqualTo("id");
    }

    @Test
    void anotherSitesPageCannotAddAReminder() throws Exception {
        int before = server.count("reminders");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/api/reminders")))
                .header("Content-Type", "application/json").header("Origin", "https://elsewhere.example")
                .POST(HttpRequest.BodyPublishers.ofString(WEEKDAY_BREAK)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(server.count("reminders")).isEqualTo(before);
    }

    @Test
    void theFeedHoldsEachReminderThatIsOnAndCanBeDownloaded() throws Exception {
        String on = created(WEEKDAY_BREAK.replace("Stand and stretch", "Feed check")).get("id").asText();
        String off = created(WEEKDAY_BREAK.replace("Stand and stretch", "Switched off one").replace("true", "false")).get("id").asText();

        HttpResponse<String> feed = server.get("/calendar.ics");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(feed.headers().firstValue("Content-Disposition")).isEmpty();
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).extracting(e -> e.getUid().orElseThrow().getValue())
                .contains(on + "@midback").doesNotContain(off + "@midback");
        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE)).extracting(z -> z.getTimeZoneId().getValue())
                .contains("Europe/Madrid");

        HttpResponse<String> download = server.get("/calendar.ics?download=1");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + ReminderHandlers.FEED_FILE + "\"");
        assertThat(download.body()).isEqualTo(feed.body());
        assertThat(server.get("/calendar.ics?download=please").statusCode()).isEqualTo(400);
    }

    @Test
    void theOpenApiDocumentDescribesTheReminders() throws Exception {
        JsonNode doc = json.readTree(server.get("/api/openapi.json").body());
        assertThat(doc.get("paths").get("/api/reminders").has("post")).isTrue();
        assertThat(doc.get("paths").get("/api/reminders/{id}").has("put")).isTrue();
        assertThat(doc.get("components").get("schemas").get("ReminderInput").get("properties").get("days")).isNotNull();
    }
}
