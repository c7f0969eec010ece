package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.midback.journal.JournalStore;
import dev.midback.store.DataFolder;
import dev.midback.store.Database;
import dev.midback.store.JdbcJournalStore;
import dev.midback.store.JdbcPlanStore;
import dev.midback.store.JdbcReminderStore;
import dev.midback.testing.RunningServer;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void hostileFormValuesAreRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        String[][] cases = {
            {"time", "7:3"}, {"time", "24:00"}, {"timeZone", "Europe/Nowhere"}, {"timeZone", "Europe/" + "x".repeat(493)},
            {"kind", ""}, {"kind", "nap"}, {"days", ""}, {"label", "x".repeat(101)},
        };
        for (String[] c : cases) {
            List<String> form = new ArrayList<>(List.of("kind", "session", "days", "MO", "time", "08:00", "timeZone", "UTC",
                    "label", "Stretch"));
            form.set(form.indexOf(c[0]) + 1, c[1]);
            HttpResponse<String> refused = submit("/reminders", form.toArray(String[]::new));
            assertThat(refused.statusCode()).as(c[0] + " = " + c[1]).isEqualTo(400);
            assertThat(refused.body()).as(c[0] + " = " + c[1]).contains("Nothing was saved.", "href=\"#add-" + c[0] + "\"");
        }
        HttpResponse<String> nul = submit("/reminders", "kind", "session", "days", "MO", "time", "08:00", "label", "a\0b");
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(server.count("reminders")).isZero();
    }

    @Test
    void hostileSuggestionsAreRefusedNamingTheFieldAndAddNothing() throws Exception {
        String[][] cases = {
            {"sessionTime", "24:00"}, {"workStarts", "9:0"}, {"workEnds", "7:3"}, {"timeZone", "Europe/Nowhere"},
            {"timeZone", "z".repeat(500)},
        };
        for (String[] c : cases) {
            List<String> form = new ArrayList<>(List.of("sessionTime", "07:30", "workStarts", "09:00", "workEnds", "17:00",
                    "timeZone", "UTC"));
            form.set(form.indexOf(c[0]) + 1, c[1]);
            HttpResponse<String> refused = submit("/reminders/suggest", form.toArray(String[]::new));
            assertThat(refused.statusCode()).as(c[0] + " = " + c[1]).isEqualTo(400);
            assertThat(refused.body()).as(c[0] + " = " + c[1]).contains("Nothing was added.", "href=\"#suggest-" + c[0] + "\"");
        }
        assertThat(submit("/reminders/suggest", "sessionTime", "07:30\0", "workStarts", "09:00", "workEnds", "17:00").statusCode())
                .isEqualTo(400);
        assertThat(server.count("reminders")).isZero();
    }

    @Test
    void aZoneTypedWithSpacesAroundItIsTakenOnTheForm() throws Exception {
        assertThat(submit("/reminders", "kind", "session", "days", "MO", "time", "08:00", "timeZone", " Europe/Oslo ").statusCode())
                .isEqualTo(303);
        assertThat(only().get("timeZone").asText()).isEqualTo("Europe/Oslo");
    }

    @Test
    void behindATrustedProxyTheCalendarAddressIsTheOnePeopleReachTheAppAt() throws Exception {
        try (RunningServer accounts = RunningServer.startWithAccounts()) {
            Person ana = Person.signUp(accounts, "ana@example.org", "Ana");
            HttpResponse<String> page = accounts.send("GET", "/reminders", null, Map.of("Cookie", ana.cookie(),
                    "X-Forwarded-Proto", "https", "X-Forwarded-Host", "midback.example.org"));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).containsPattern("<code>https://midback\\.example\\.org/calendar/[0-9a-f]{48}</code>")
                    .containsPattern("href=\"webcal://midback\\.example\\.org/calendar/[0-9a-f]{48}\"")
                    .doesNotContain("127.0.0.1");
            String token = page.body().replaceFirst("(?s).*<code>https://midback\\.example\\.org/calendar/([0-9a-f]{48})</code>.*", "$1");
            HttpResponse<String> feed = accounts.get("/calendar/" + token);
            assertThat(feed.statusCode()).isEqualTo(200);
            assertThat(feed.body()).startsWith("BEGIN:VCALENDAR");

            HttpResponse<String> direct = ana.get("/reminders");
            assertThat(direct.body()).contains("<code>" + accounts.url("/calendar/" + token) + "</code>");
        }
    }

    @Test
    void oddValuesKeptInTheDatabaseDoNotBreakThePages(@TempDir Path folder) throws Exception {
        try (Database database = Database.open(DataFolder.sqliteUrl(folder))) {
            String odd = "<b>Loud</b> \"label\" " + "é".repeat(300);
            insert(database, "readable", "session", "MO,MO,SU", "06:05", "+02:00", odd);
            insert(database, "kind", "nap", "MO", "08:00", "UTC", "Unknown kind");
            insert(database, "day", "session", "MO,XX", "08:00", "UTC", "Unknown day");
            insert(database, "nodays", "session", "", "08:00", "UTC", "No days");
            insert(database, "time", "session", "MO", "24:00", "UTC", "Past midnight");
            insert(database, "zone", "session", "MO", "08:00", "Europe/Nowhere", "Unknown zone");
            Javalin app = new WebServer(server.catalog(), database, new JdbcPlanStore(database, Clock.systemUTC()),
                    new JdbcJournalStore(database), new JdbcReminderStore(database), Clock.systemUTC()).start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + app.port();
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/reminders")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).contains("&lt;b&gt;Loud&lt;/b&gt;", "Mon, Sun at 06:05 (+02:00 time)")
                        .doesNotContain("<b>Loud", "Unknown kind", "Unknown day", "No days", "Past midnight", "Unknown zone");
                HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base + "/api/reminders")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(api.statusCode()).isEqualTo(200);
                assertThat(json.readTree(api.body()).findValuesAsText("id")).containsExactly("readable");
                HttpResponse<String> edit = http.send(HttpRequest.newBuilder(URI.create(base + "/reminders/readable/edit")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(edit.statusCode()).isEqualTo(200);
                assertThat(edit.body()).contains("value=\"+02:00\"");
                HttpResponse<String> unreadable = http.send(HttpRequest.newBuilder(URI.create(base + "/reminders/zone/edit")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(unreadable.statusCode()).isEqualTo(404);
                HttpResponse<String> feed = http.send(HttpRequest.newBuilder(URI.create(base + "/calendar.ics")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(feed.statusCode()).isEqualTo(200);
                assertThat(feed.body()).contains("UID:readable@midback").doesNotContain("Unknown");
            } finally {
                app.stop();
            }
        }
    }

    private static void insert(Database database, String id, String kind, String days, String time, String zone, String label) {
        database.jdbi().useHandle(h -> h.createUpdate("INSERT INTO reminders (owner, id, kind, days, at_time, time_zone, label, "
                        + "enabled, created_at, changed_at) VALUES (:owner, :id, :kind, :days, :time, :zone, :label, 1, "
                        + "'2026-01-05T00:00:00Z', '2026-01-05T00:00:00Z')")
                .bind("owner", JournalStore.LOCAL).bind("id", id).bind("kind", kind).bind("days", days).bind("time", time)
                .bind("zone", zone).bind("label", label).execute());
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
