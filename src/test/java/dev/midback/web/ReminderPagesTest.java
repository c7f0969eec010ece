package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.midback.testing.RunningServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reminders page as a person without JavaScript uses it: forms posted over HTTP, then the page read again. */
class ReminderPagesTest {

    private RunningServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() {
        server = RunningServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Posts a form as Chromium does from the app's own page (its no-referrer policy makes the Origin "null"). */
    private HttpResponse<String> submit(String path, String... pairs) throws Exception {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.add(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return http.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "null")
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<JsonNode> reminders() throws Exception {
        return StreamSupport.stream(json.readTree(server.get("/api/reminders").body()).spliterator(), false).toList();
    }

    private JsonNode only() throws Exception {
        List<JsonNode> all = reminders();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void thePageOffersTheFormsTheFeedAndTheNotificationButton() {
        HttpResponse<String> page = server.get("/reminders");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<a href=\"/reminders\" aria-current=\"page\">Reminders</a>",
                "No reminders yet", "action=\"/reminders\"", "action=\"/reminders/suggest\"",
                "<code>" + server.url("/calendar/"), "href=\"webcal://127.0.0.1:",
                "href=\"/calendar.ics?download=1\"", "id=\"notify-on\" hidden", "<script type=\"module\" src=\"/static/js/reminders.js\">",
                "Your plan asks for 3 sessions a week: Monday, Wednesday and Friday.");
        assertThat(server.get("/static/js/reminders.js").statusCode()).isEqualTo(200);
        assertThat(page.body()).containsPattern("<code>http://127\\.0\\.0\\.1:\\d+/calendar/[0-9a-f]{48}</code>");
        assertThat(server.get("/calendar/" + "0".repeat(48)).statusCode()).isEqualTo(404);
    }

    @Test
    void aReminderIsAddedChangedAndDeletedThroughTheForms() throws Exception {
        HttpResponse<String> added = submit("/reminders", "kind", "desk-break", "days", "MO", "days", "TH", "time", "10:15",
                "timeZone", "Europe/Lisbon", "label", "Shoulder rolls", "enabled", "on");
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(added.headers().firstValue("Location")).hasValue("/reminders?done=added");
        String page = server.get("/reminders?done=added").body();
        assertThat(page).contains("Reminder added.", "Shoulder rolls", "Mon, Thu at 10:15 (Europe/Lisbon time)", "· next ");
        JsonNode reminder = only();
        assertThat(reminder.get("kind").asText()).isEqualTo("desk-break");
        String id = reminder.get("id").asText();

        String form = server.get("/reminders/" + id + "/edit").body();
        assertThat(form).contains("value=\"Shoulder rolls\"", "value=\"10:15\"", "value=\"MO\" checked", "value=\"TU\">");

        HttpResponse<String> saved = submit("/reminders/" + id + "/edit", "kind", "desk-break", "days", "TU", "time", "16:40",
                "timeZone", "Europe/Lisbon", "label", "Shoulder rolls");
        assertThat(saved.statusCode()).isEqualTo(303);
        JsonNode after = only();
        assertThat(after.get("days").toString()).isEqualTo("[\"TU\"]");
        assertThat(after.get("time").asText()).isEqualTo("16:40");
        assertThat(after.get("enabled").asBoolean()).as("the On box was left unticked").isFalse();
        assertThat(server.get("/reminders?done=saved").body()).contains("Reminder saved.", "Tue at 16:40 (Europe/Lisbon time)", "· switched off");

        HttpResponse<String> deleted = submit("/reminders/" + id + "/delete");
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(reminders()).isEmpty();
        assertThat(server.get("/reminders?done=deleted").body()).contains("Reminder deleted.", "No reminders yet");
        assertThat(server.get("/reminders/" + id + "/edit").statusCode()).isEqualTo(404);
        assertThat(submit("/reminders/" + id + "/delete").statusCode()).isEqualTo(404);
    }

    @Test
    void aFormWithAMistakeComesBackAsTypedNamingTheFieldAndNothingIsStored() throws Exception {
        HttpResponse<String> refused = submit("/reminders", "kind", "session", "days", "WE", "time", "25:00",
                "label", "My <evening> stretch", "enabled", "on");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Nothing was saved.", "href=\"#add-time\"", "25:00",
                "value=\"My &lt;evening> stretch\"", "value=\"WE\" checked", "aria-invalid=\"true\"");
        assertThat(submit("/reminders", "kind", "session", "time", "08:00").body()).contains("href=\"#add-days\"");
        assertThat(submit("/reminders", "kind", "session", "days", "MO", "time", "08:00", "timeZone", "Atlantis/Capital").body())
                .contains("href=\"#add-timeZone\"");
        assertThat(server.count("reminders")).isZero();
    }

    @Test
    void suggestingFromThePlanAddsTheSessionDaysAndHourlyBreaksOnce() throws Exception {
        HttpResponse<String> suggested = submit("/reminders/suggest", "sessionTime", "07:30", "workStarts", "09:00",
                "workEnds", "17:00", "timeZone", "");
        assertThat(suggested.statusCode()).isEqualTo(303);
        assertThat(suggested.headers().firstValue("Location")).hasValue("/reminders?done=suggested&added=8&skipped=0");

        List<JsonNode> all = reminders();
        List<JsonNode> sessions = all.stream().filter(r -> r.get("kind").asText().equals("session")).toList();
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).get("days").toString()).isEqualTo("[\"MO\",\"WE\",\"FR\"]");
        assertThat(sessions.get(0).get("time").asText()).isEqualTo("07:30");
        assertThat(all.stream().filter(r -> r.get("kind").asText().equals("desk-break")).map(r -> r.get("time").asText())
                .collect(Collectors.toList())).containsExactly("10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00");
        assertThat(server.get("/reminders?done=suggested&added=8&skipped=0").body()).contains("Added 8 reminders from your plan.");

        HttpResponse<String> again = submit("/reminders/suggest", "sessionTime", "07:30", "workStarts", "09:00", "workEnds", "17:00");
        assertThat(again.headers().firstValue("Location")).hasValue("/reminders?done=suggested&added=0&skipped=8");
        assertThat(server.count("reminders")).isEqualTo(8);
    }

    @Test
    void aSuggestionWithWorkEndingBeforeItStartsAddsNothing() throws Exception {
        HttpResponse<String> refused = submit("/reminders/suggest", "sessionTime", "07:30", "workStarts", "17:00", "workEnds", "09:00");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Nothing was added.", "href=\"#suggest-workEnds\"", "value=\"17:00\"");
        assertThat(submit("/reminders/suggest", "sessionTime", "7.30", "workStarts", "09:00", "workEnds", "17:00").body())
                .contains("href=\"#suggest-sessionTime\"");
        assertThat(server.count("reminders")).isZero();
    }

    @Test
    void anotherSitesFormCannotDeleteAReminder() throws Exception {
        submit("/reminders", "kind", "session", "days", "MO", "time", "08:00", "enabled", "on");
        String id = only().get("id").asText();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url("/reminders/" + id + "/delete")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "null")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(server.count("reminders")).isEqualTo(1);
    }
}
