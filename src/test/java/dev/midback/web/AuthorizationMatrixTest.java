package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.testing.RunningServer;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** In accounts mode each person sees and changes only their own journal, plans and reminders. */
class AuthorizationMatrixTest {

    private static final String ENTRY = "{\"items\": [{\"exerciseId\": \"cat-cow\", \"done\": true}], \"painBefore\": 5, "
            + "\"painAfter\": 3, \"notes\": \"A's own session\"}";
    private static final String REMINDER = "{\"kind\": \"session\", \"days\": [\"MO\", \"TH\"], \"time\": \"07:15\", \"label\": \"A's stretch\"}";

    private RunningServer server;
    private Person a;
    private Person b;
    private String entryId;
    private String planId;
    private String reminderId;

    @BeforeEach
    void twoPeopleAndAsThings() throws Exception {
        server = RunningServer.startWithAccounts();
        a = Person.signUp(server, "a@example.org", "Person A");
        b = Person.signUp(server, "b@example.org", "Person B");
        planId = Person.idOf(a.send("POST", "/api/plans", "{\"minutes\": 5, \"place\": \"floor\"}"));
        entryId = Person.idOf(a.send("POST", "/api/journal", ENTRY.replace("{\"items\"", "{\"planId\": \"" + planId + "\", \"items\"")));
        reminderId = Person.idOf(a.send("POST", "/api/reminders", REMINDER));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aSeesTheirOwnThings() {
        assertThat(a.get("/api/journal/" + entryId).statusCode()).isEqualTo(200);
        assertThat(a.get("/api/plans/" + planId).statusCode()).isEqualTo(200);
        assertThat(a.get("/api/plans/" + planId + "/timeline").statusCode()).isEqualTo(200);
        assertThat(a.get("/api/reminders/" + reminderId).statusCode()).isEqualTo(200);
        assertThat(a.get("/api/journal").body()).contains(entryId);
        assertThat(a.get("/api/export").body()).contains(entryId);
        assertThat(a.get("/calendar.ics").body()).contains("A's stretch");
        assertThat(a.get("/history").body()).contains("A's own session");
    }

    @Test
    void aCalendarAppReadsAsFeedAtItsSecretAddressWithoutSigningIn() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/calendar/([0-9a-f]{48})").matcher(a.get("/reminders").body());
        assertThat(m.find()).isTrue();
        HttpResponse<String> feed = server.get("/calendar/" + m.group(1));
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("A's stretch");
        java.util.regex.Matcher other = java.util.regex.Pattern.compile("/calendar/([0-9a-f]{48})").matcher(b.get("/reminders").body());
        assertThat(other.find()).isTrue();
        assertThat(other.group(1)).isNotEqualTo(m.group(1));
        assertThat(server.get("/calendar/" + other.group(1)).body()).doesNotContain("A's stretch");
    }

    @Test
    void bGets404OnEveryOneOfAsIds() {
        String changedEntry = ENTRY.replace("\"painBefore\": 5", "\"painBefore\": 1");
        String changedReminder = REMINDER.replace("07:15", "20:00");
        List<HttpResponse<String>> answers = List.of(
                b.get("/api/journal/" + entryId),
                b.send("PUT", "/api/journal/" + entryId, changedEntry),
                b.send("DELETE", "/api/journal/" + entryId, null),
                b.get("/api/plans/" + planId),
                b.get("/api/plans/" + planId + "/timeline"),
                b.get("/plans/" + planId + "/handout.pdf"),
                b.get("/api/reminders/" + reminderId),
                b.send("PUT", "/api/reminders/" + reminderId, changedReminder),
                b.send("DELETE", "/api/reminders/" + reminderId, null),
                b.get("/history/" + entryId + "/edit"),
                b.form("/history/" + entryId, "painBefore=1", true),
                b.get("/history/" + entryId + "/delete"),
                b.form("/history/" + entryId + "/delete", "x=1", true),
                b.get("/reminders/" + reminderId + "/edit"),
                b.form("/reminders/" + reminderId + "/edit", "kind=session&days=MO&time=06:00", true),
                b.form("/reminders/" + reminderId + "/delete", "x=1", true));
        for (HttpResponse<String> answer : answers) {
            assertThat(answer.statusCode()).as(answer.request().method() + " " + answer.uri().getPath()).isEqualTo(404);
        }
        assertThat(a.get("/api/journal/" + entryId).body()).contains("\"painBefore\":5");
        assertThat(a.get("/api/reminders/" + reminderId).body()).contains("07:15");
    }

    @Test
    void bSeesNoneOfAsThingsInListsExportOrTheCalendar() {
        b.send("POST", "/api/journal", ENTRY.replace("A's own", "B's own"));
        assertThat(b.get("/api/journal").body()).doesNotContain(entryId).contains("B's own");
        assertThat(b.get("/api/reminders").body()).isEqualTo("[]");
        assertThat(b.get("/api/export").body()).doesNotContain(entryId, "A's own");
        assertThat(b.get("/calendar.ics").body()).doesNotContain("A's stretch");
        assertThat(b.get("/history").body()).doesNotContain("A's own session");
        assertThat(b.get("/reminders").body()).doesNotContain("A's stretch");
        HttpResponse<String> borrowed = b.send("POST", "/api/journal", ENTRY.replace("{\"items\"", "{\"planId\": \"" + planId + "\", \"items\""));
        assertThat(borrowed.statusCode()).isEqualTo(400);
        assertThat(borrowed.body()).contains("planId");
        assertThat(b.send("DELETE", "/api/data", null).statusCode()).isEqualTo(200);
        assertThat(a.get("/api/journal/" + entryId).statusCode()).isEqualTo(200);
    }

    @Test
    void withoutASessionEveryPersonalRouteGives401() {
        for (String path : List.of("/api/journal", "/api/journal/" + entryId, "/api/plans/" + planId, "/api/plans/" + planId + "/timeline",
                "/api/reminders", "/api/reminders/" + reminderId, "/api/export", "/api/sessions/current")) {
            assertThat(server.get(path).statusCode()).as(path).isEqualTo(401);
        }
        for (String[] change : new String[][] {{"POST", "/api/journal"}, {"PUT", "/api/journal/" + entryId}, {"DELETE", "/api/journal/" + entryId},
                {"POST", "/api/plans"}, {"POST", "/api/reminders"}, {"DELETE", "/api/reminders/" + reminderId}, {"POST", "/api/import"},
                {"DELETE", "/api/data"}, {"DELETE", "/api/accounts/current"}}) {
            assertThat(server.send(change[0], change[1], "{}").statusCode()).as(change[0] + " " + change[1]).isEqualTo(401);
        }
        for (String page : List.of("/start", "/plan/new", "/routine", "/history", "/progress", "/progress.pdf", "/reminders", "/calendar.ics")) {
            HttpResponse<String> answer = server.get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(303);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).as(page).startsWith("/sign-in");
        }
        assertThat(a.get("/api/journal/" + entryId).statusCode()).isEqualTo(200);
    }

    @Test
    void deletingAsAccountRemovesAsDataAndKeepsBs() throws Exception {
        String bEntry = Person.idOf(b.send("POST", "/api/journal", ENTRY.replace("A's own", "B's own")));
        String bReminder = Person.idOf(b.send("POST", "/api/reminders", REMINDER.replace("A's", "B's")));
        String bPlan = Person.idOf(b.send("POST", "/api/plans", "{\"minutes\": 5, \"place\": \"desk\"}"));
        assertThat(server.count("accounts")).isEqualTo(2);
        String wrong = "{\"email\": \"a@example.org\", \"password\": \"not As password\"}";
        assertThat(Person.Visit.begin(server).post("/api/sessions", wrong).statusCode()).isEqualTo(401);
        assertThat(Person.Visit.begin(server).post("/api/sessions", wrong.replace("a@", "b@")).statusCode()).isEqualTo(401);
        assertThat(server.count("failed_sign_ins")).isEqualTo(2);

        assertThat(a.send("DELETE", "/api/accounts/current", null).statusCode()).isEqualTo(204);

        assertThat(a.get("/api/journal").statusCode()).isEqualTo(401);
        assertThat(server.count("accounts")).isEqualTo(1);
        assertThat(server.count("journal_entries")).isEqualTo(1);
        assertThat(server.count("reminders")).isEqualTo(1);
        assertThat(server.count("plans")).isEqualTo(1);
        assertThat(b.get("/api/journal/" + bEntry).statusCode()).isEqualTo(200);
        assertThat(b.get("/api/reminders/" + bReminder).statusCode()).isEqualTo(200);
        assertThat(b.get("/api/plans/" + bPlan).statusCode()).isEqualTo(200);
        assertThat(server.count("failed_sign_ins")).as("A's failed sign-ins went with the account, B's stay").isEqualTo(1);
        HttpResponse<String> signIn = Person.Visit.begin(server).post("/api/sessions",
                "{\"email\": \"a@example.org\", \"password\": \"" + Person.PASSWORD + "\"}");
        assertThat(signIn.statusCode()).isEqualTo(401);
    }
}
