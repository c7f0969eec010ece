package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.midback.account.Accounts;
import dev.midback.testing.ApiContract.Answer;
import dev.midback.testing.ApiContract;
import dev.midback.testing.RunningServer;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The OpenAPI document tells the truth: the app has exactly the routes it lists, and real answers,
 * in personal mode and in accounts mode, have the statuses, headers, content types and bodies it
 * declares. The last test checks that the ones before called every operation with its main statuses.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiContractTest {

    private static final ApiContract CONTRACT = ApiContract.load();
    /** Addresses outside /api/ that programs rather than people read, and so the document describes. */
    private static final Set<String> MACHINE_PATHS = Set.of("/health", "/calendar.ics", "/calendar/{token}", "/progress.pdf");
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "DELETE");
    private static final Map<String, String> NONE = Map.of();

    private static RunningServer personal;
    private static RunningServer accounts;

    @BeforeAll
    static void start() {
        personal = RunningServer.start();
        accounts = RunningServer.startWithAccounts();
    }

    @AfterAll
    static void stop() {
        personal.close();
        accounts.close();
    }

    // ---------------------------------------------------------------- the routes

    @Test
    @Order(1)
    void theDocumentListsExactlyTheRoutesOfTheApp() {
        Set<String> routes = appRoutes();
        Set<String> described = routes.stream().filter(r -> {
            String path = r.split(" ", 2)[1];
            return path.startsWith("/api/") || MACHINE_PATHS.contains(path);
        }).collect(Collectors.toCollection(TreeSet::new));

        Set<String> missing = new TreeSet<>(described);
        missing.removeAll(CONTRACT.operations());
        Set<String> invented = new TreeSet<>(CONTRACT.operations());
        invented.removeAll(routes);
        assertThat(missing).as("routes of the app that the document leaves out").isEmpty();
        assertThat(invented).as("operations in the document that the app does not have").isEmpty();
    }

    /** Every route of the app in accounts mode (a superset of personal mode), as {@code "GET /api/journal"}; HEAD comes with GET. */
    private static Set<String> appRoutes() {
        return accounts.endpoints().stream()
                .map(e -> e.method().name() + " " + e.path())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    // ---------------------------------------------------------------- personal mode

    @Test
    @Order(2)
    void theCatalogHealthAndTheDocumentItselfAnswerAsDocumented() {
        JsonNode all = call(personal, 200, "GET", "/api/exercises").json();
        assertThat(all.size()).isEqualTo(personal.catalog().exercises().size());
        call(personal, 200, "GET", "/api/exercises?q=cat&have=none&have=mat&level=beginner");
        assertThat(field(call(personal, 400, "GET", "/api/exercises?position=upside-down"))).isEqualTo("position");
        assertThat(field(call(personal, 400, "GET", "/api/exercises?q=" + "x".repeat(101)))).isEqualTo("q");

        call(personal, 200, "GET", "/api/exercises/Cat-Cow");
        assertThat(field(call(personal, 404, "GET", "/api/exercises/no-such-stretch"))).isEqualTo("id");

        assertThat(call(personal, 200, "GET", "/health").json().get("status").asText()).isEqualTo("up");
        assertThat(call(personal, 200, "GET", "/api/openapi.json").json().get("openapi").asText()).startsWith("3.1");
    }

    @Test
    @Order(3)
    void plansTimelinesAndSwapsAnswerAsDocumented() {
        Answer created = call(personal, 201, "POST", "/api/plans",
                "{\"minutes\": 10, \"place\": \"floor\", \"props\": [\"mat\", \"chair\"], \"level\": \"beginner\", \"pain\": 0,"
                        + " \"sharpPain\": false, \"answers\": {\"pregnant\": false}}");
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).hasValue("/api/plans/" + id);
        Answer stop = call(personal, 201, "POST", "/api/plans", "{\"minutes\": 10, \"answers\": {\"chest-pain\": true}}");
        assertThat(stop.json().get("verdict").asText()).isEqualTo("stop");

        assertThat(field(call(personal, 400, "POST", "/api/plans", "{\"minutes\": 1}"))).isEqualTo("minutes");
        assertThat(field(call(personal, 400, "POST", "/api/plans", "{\"minutes\": 10, \"colour\": \"red\"}"))).isEqualTo("colour");
        assertThat(field(call(personal, 400, "POST", "/api/plans", "{\"minutes\": 10, \"answers\": {\"hungry\": true}}")))
                .isEqualTo("answers.hungry");
        assertThat(field(call(personal, 400, "POST", "/api/plans", "{\"minutes\": 10,"))).isEqualTo("body");

        call(personal, 200, "GET", "/api/plans/" + id);
        call(personal, 404, "GET", "/api/plans/no-such-plan");
        JsonNode timeline = call(personal, 200, "GET", "/api/plans/" + id + "/timeline").json();
        call(personal, 404, "GET", "/api/plans/no-such-plan/timeline");

        boolean swapped = false;
        for (String exercise : exercisesOf(timeline)) {
            int from = Integer.MAX_VALUE;
            int to = 0;
            for (JsonNode cue : timeline.get("cues")) {
                if (exercise.equals(cue.get("exerciseId").asText(null))) {
                    from = Math.min(from, cue.get("at").asInt());
                    to = Math.max(to, cue.get("at").asInt() + cue.get("seconds").asInt());
                }
            }
            Answer swap = call(personal, -1, "GET", "/api/plans/" + id + "/swap?exercise=" + exercise + "&from=" + from + "&to=" + to);
            if (swap.status() == 200) {
                swapped = true;
                break;
            }
        }
        assertThat(swapped).as("some exercise of the plan can be swapped").isTrue();
        assertThat(field(call(personal, 400, "GET", "/api/plans/" + id + "/swap?exercise=not-in-plan&from=0&to=10"))).isEqualTo("exercise");
        call(personal, 404, "GET", "/api/plans/no-such-plan/swap?exercise=cat-cow&from=0&to=10");
    }

    @Test
    @Order(4)
    void theJournalExportAndImportAnswerAsDocumented() {
        String plan = call(personal, 201, "POST", "/api/plans", "{\"minutes\": 10}").json().get("id").asText();
        Answer created = call(personal, 201, "POST", "/api/journal", "{\"planId\": \"" + plan + "\", \"painBefore\": 4, \"painAfter\": 2,"
                + " \"stiffness\": 5, \"items\": [{\"exerciseId\": \"cat-cow\", \"done\": true}], \"notes\": \"easier today\"}");
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).hasValue("/api/journal/" + id);
        String deviceId = UUID.randomUUID().toString();
        String resend = "{\"id\": \"" + deviceId + "\", \"at\": \"" + Instant.now().minus(1, ChronoUnit.HOURS) + "\", \"painBefore\": 3}";
        call(personal, 201, "POST", "/api/journal", resend);
        call(personal, 200, "POST", "/api/journal", resend);

        assertThat(field(call(personal, 400, "POST", "/api/journal", "{\"painBefore\": 11}"))).isEqualTo("painBefore");
        assertThat(field(call(personal, 400, "POST", "/api/journal", "{\"painBefore\": 3, \"at\": \"1999-12-31T23:00:00Z\"}"))).isEqualTo("at");
        assertThat(field(call(personal, 400, "POST", "/api/journal",
                "{\"painBefore\": 3, \"items\": [{\"exerciseId\": \"cat-cow\", \"done\": true}, {\"exerciseId\": \"moonwalk\", \"done\": true}]}")))
                .isEqualTo("items[1].exerciseId");

        call(personal, 200, "GET", "/api/journal");
        call(personal, 200, "GET", "/api/journal/" + id);
        call(personal, 404, "GET", "/api/journal/no-such-entry");
        call(personal, 200, "PUT", "/api/journal/" + id, "{\"painBefore\": 5, \"painAfter\": null, \"notes\": null}");
        assertThat(field(call(personal, 400, "PUT", "/api/journal/" + id, "{\"painBefore\": \"five\"}"))).isEqualTo("painBefore");
        call(personal, 404, "PUT", "/api/journal/no-such-entry", "{\"painBefore\": 5}");

        Answer export = call(personal, 200, "GET", "/api/export");
        call(personal, 204, "DELETE", "/api/journal/" + id);
        call(personal, 404, "DELETE", "/api/journal/" + id);
        JsonNode imported = call(personal, 200, "POST", "/api/import", export.body()).json();
        assertThat(imported.get("imported").asInt()).isEqualTo(1);
        assertThat(field(call(personal, 400, "POST", "/api/import", "{\"format\": \"other\", \"version\": 1, \"journal\": []}")))
                .isEqualTo("format");
        assertThat(field(call(personal, 400, "POST", "/api/import",
                "{\"format\": \"midback\", \"version\": 1, \"journal\": [{\"id\": \"" + UUID.randomUUID() + "\", \"painBefore\": 2}]}")))
                .isEqualTo("journal[0].at");

        assertThat(call(personal, 200, "DELETE", "/api/data").json().get("deleted").asInt()).isEqualTo(2);
        call(personal, 200, "GET", "/progress.pdf");
    }

    @Test
    @Order(5)
    void theJournalComesNewestFirstAPageAtATime() {
        call(personal, 200, "DELETE", "/api/data");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> newestFirst = new ArrayList<>();
        for (int daysAgo = 1; daysAgo <= 3; daysAgo++) {
            newestFirst.add(call(personal, 201, "POST", "/api/journal",
                    "{\"at\": \"" + now.minus(daysAgo, ChronoUnit.DAYS) + "\", \"painBefore\": " + daysAgo + "}").json().get("id").asText());
        }

        Answer first = call(personal, 200, "GET", "/api/journal?limit=2");
        assertThat(ids(first.json())).containsExactly(newestFirst.get(0), newestFirst.get(1));
        String next = nextPage(first);
        Answer second = call(personal, 200, "GET", next);
        assertThat(ids(second.json())).containsExactly(newestFirst.get(2));
        assertThat(second.header("Link")).isEmpty();
        assertThat(ids(call(personal, 200, "GET", "/api/journal").json())).containsExactlyElementsOf(newestFirst);

        assertThat(field(call(personal, 400, "GET", "/api/journal?limit=0"))).isEqualTo("limit");
        assertThat(field(call(personal, 400, "GET", "/api/journal?limit=501"))).isEqualTo("limit");
        assertThat(field(call(personal, 400, "GET", "/api/journal?limit=ten"))).isEqualTo("limit");
        assertThat(field(call(personal, 400, "GET", "/api/journal?cursor=made-up"))).isEqualTo("cursor");
        call(personal, 200, "DELETE", "/api/data");
    }

    @Test
    @Order(6)
    void remindersAndTheCalendarFeedsAnswerAsDocumented() {
        String body = "{\"kind\": \"session\", \"days\": [\"MO\", \"WE\"], \"time\": \"07:30\", \"timeZone\": \"Europe/Berlin\","
                + " \"label\": \"Morning stretch\", \"enabled\": true}";
        Answer created = call(personal, 201, "POST", "/api/reminders", body);
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).hasValue("/api/reminders/" + id);
        assertThat(field(call(personal, 400, "POST", "/api/reminders", "{\"kind\": \"session\", \"days\": [\"XX\"], \"time\": \"07:30\"}")))
                .isEqualTo("days[0]");
        assertThat(field(call(personal, 400, "POST", "/api/reminders", "{\"id\": \"mine\", \"kind\": \"session\", \"days\": [\"MO\"], \"time\": \"07:30\"}")))
                .isEqualTo("id");

        call(personal, 200, "GET", "/api/reminders");
        call(personal, 200, "GET", "/api/reminders/" + id);
        call(personal, 404, "GET", "/api/reminders/no-such-reminder");
        call(personal, 200, "PUT", "/api/reminders/" + id, "{\"kind\": \"desk-break\", \"days\": [\"FR\"], \"time\": \"10:00\", \"enabled\": false}");
        assertThat(field(call(personal, 400, "PUT", "/api/reminders/" + id, "{\"kind\": \"session\", \"days\": [\"FR\"], \"time\": \"25:00\"}")))
                .isEqualTo("time");
        call(personal, 404, "PUT", "/api/reminders/no-such-reminder", "{\"kind\": \"session\", \"days\": [\"FR\"], \"time\": \"10:00\"}");

        call(personal, 200, "GET", "/calendar.ics");
        assertThat(call(personal, 200, "GET", "/calendar.ics?download=1").header("Content-Disposition")).isPresent();
        call(personal, 400, "GET", "/calendar.ics?download=please");
        assertThat(field(call(personal, 400, "GET", "/calendar.ics?download=please", null, Map.of("Accept", "application/json"))))
                .isEqualTo("download");
        Matcher feed = Pattern.compile("/calendar/([0-9a-f]{48})").matcher(personal.get("/reminders").body());
        assertThat(feed.find()).as("the reminders page shows the feed's secret address").isTrue();
        call(personal, 200, "GET", "/calendar/" + feed.group(1));
        call(personal, 404, "GET", "/calendar/" + "0".repeat(48));

        call(personal, 204, "DELETE", "/api/reminders/" + id);
        call(personal, 404, "DELETE", "/api/reminders/" + id);
    }

    @Test
    @Order(7)
    void theGuardsRefusalsAreDocumentedForEveryOperation() {
        for (String operation : CONTRACT.operations()) {
            String method = method(operation);
            String path = samplePath(operation);
            if (!accountsOnly(operation)) {
                Answer wrongHost = raw(personal, method, path, List.of("Host: rebound.example", "Accept: application/json"), null);
                assertThat(field(check(personal, 403, method, path, wrongHost))).isEqualTo("Host");
                check(personal, 403, method, path, raw(personal, method, path, List.of("Host: rebound.example"), null));
            }
            RunningServer server = accountsOnly(operation) ? accounts : personal;
            Answer badAddress = call(server, 400, method, path + "?probe=%00", null, Map.of("Accept", "application/json"));
            assertThat(field(badAddress)).isEqualTo("probe");
            call(server, 400, method, path + "?probe=%00", null, NONE);
            if (UNSAFE.contains(method)) {
                if (!accountsOnly(operation)) {
                    assertThat(field(call(personal, 403, method, path, "{}", Map.of("Sec-Fetch-Site", "cross-site")))).isEqualTo("Origin");
                    assertThat(field(call(personal, 403, method, path, "{}", Map.of("Origin", "https://elsewhere.example")))).isEqualTo("Origin");
                }
                assertThat(field(call(server, 415, method, path, "{}", Map.of("Content-Type", "text/plain")))).isEqualTo("Content-Type");
                Answer tooLarge = raw(server, method, path, List.of("Content-Type: application/json"), "x".repeat(8_000_001));
                assertThat(field(check(server, 413, method, path, tooLarge))).isEqualTo("body");
            }
        }
        for (String path : CONTRACT.operations().stream().map(o -> samplePath(o)).collect(Collectors.toCollection(TreeSet::new))) {
            boolean accountsPath = path.startsWith("/api/accounts") || path.startsWith("/api/sessions");
            call(accountsPath ? accounts : personal, 405, "PATCH", path, null, Map.of("Accept", "application/json"));
        }
        Answer nowhere = Answer.of(personal.get("/api/no-such-thing"));
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(CONTRACT.validate("/components/schemas/Problem", nowhere.body())).isEmpty();
    }

    // ---------------------------------------------------------------- accounts mode

    @Test
    @Order(8)
    void signingUpInAndOutAnswersAsDocumented() {
        Visit visit = Visit.begin();
        String email = "contract@example.org";
        String signUp = "{\"email\": \"" + email + "\", \"password\": \"" + Person.PASSWORD + "\", \"name\": \"Cora\"}";
        assertThat(field(call(accounts, 403, "POST", "/api/accounts", signUp, Map.of("Cookie", visit.cookie())))).isEqualTo("X-CSRF-Token");
        Answer accepted = call(accounts, 202, "POST", "/api/accounts", signUp, visit.headers());
        Answer again = call(accounts, 202, "POST", "/api/accounts", signUp, visit.headers());
        assertThat(again.json()).isEqualTo(accepted.json());
        assertThat(field(call(accounts, 400, "POST", "/api/accounts",
                "{\"email\": \"not an email\", \"password\": \"" + Person.PASSWORD + "\", \"name\": \"Cora\"}", visit.headers())))
                .isEqualTo("email");
        assertThat(field(call(accounts, 400, "POST", "/api/accounts", "{\"email\": \"x@example.org\", \"nickname\": \"C\"}", visit.headers())))
                .isEqualTo("nickname");

        assertThat(field(call(accounts, 400, "POST", "/api/sessions", "{\"email\": \"" + email + "\"}", visit.headers()))).isEqualTo("password");
        assertThat(field(call(accounts, 403, "POST", "/api/sessions", "{\"email\": \"" + email + "\", \"password\": \"x\"}",
                Map.of("Cookie", visit.cookie())))).isEqualTo("X-CSRF-Token");
        call(accounts, 401, "POST", "/api/sessions", "{\"email\": \"" + email + "\", \"password\": \"not the password at all\"}", visit.headers());
        Signed cora = signIn(visit, email);
        assertThat(call(accounts, 200, "GET", "/api/sessions/current", null, cora.cookieOnly()).json().get("csrfToken").asText())
                .isEqualTo(cora.csrf());

        String locked = "locked@example.org";
        for (int attempt = 0; attempt < Accounts.FAILURES_ALLOWED; attempt++) {
            call(accounts, 401, "POST", "/api/sessions", "{\"email\": \"" + locked + "\", \"password\": \"guess " + attempt + "\"}", visit.headers());
        }
        call(accounts, 429, "POST", "/api/sessions", "{\"email\": \"" + locked + "\", \"password\": \"one more guess\"}", visit.headers());

        assertThat(field(call(accounts, 403, "DELETE", "/api/sessions/current", null, cora.cookieOnly()))).isEqualTo("X-CSRF-Token");
        call(accounts, 204, "DELETE", "/api/sessions/current", null, cora.headers());
        call(accounts, 401, "GET", "/api/sessions/current", null, cora.cookieOnly());
        call(accounts, 401, "DELETE", "/api/sessions/current", null, cora.headers());

        Signed back = signIn(Visit.begin(), email);
        assertThat(field(call(accounts, 403, "DELETE", "/api/accounts/current", null, back.cookieOnly()))).isEqualTo("X-CSRF-Token");
        call(accounts, 204, "DELETE", "/api/accounts/current", null, back.headers());
        call(accounts, 401, "DELETE", "/api/accounts/current", null, back.headers());
        call(accounts, 401, "POST", "/api/sessions", "{\"email\": \"" + email + "\", \"password\": \"" + Person.PASSWORD + "\"}",
                Visit.begin().headers());
    }

    @Test
    @Order(9)
    void personalRoutesNeedASessionAndChangesItsTokenInAccountsMode() {
        for (String operation : CONTRACT.operations()) {
            Set<Integer> statuses = CONTRACT.statuses(operation);
            String method = method(operation);
            String path = samplePath(operation);
            String body = UNSAFE.contains(method) ? "{}" : null;
            if (statuses.contains(401) && !accountsOnly(operation)) {
                call(accounts, 401, method, path, body, NONE);
            } else if (statuses.contains(303)) {
                Answer away = call(accounts, 303, method, path, body, NONE);
                assertThat(away.header("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/sign-in?next="));
            }
        }

        Signed ana = signUpAndIn("ana@example.org", "Ana");
        Signed bo = signUpAndIn("bo@example.org", "Bo");
        for (String operation : CONTRACT.operations()) {
            if (UNSAFE.contains(method(operation)) && !accountsOnly(operation)) {
                assertThat(field(call(accounts, 403, method(operation), samplePath(operation), "{}", ana.cookieOnly())))
                        .as(operation).isEqualTo("X-CSRF-Token");
            }
        }

        String plan = call(accounts, 201, "POST", "/api/plans", "{\"minutes\": 10}", ana.headers()).json().get("id").asText();
        String entry = call(accounts, 201, "POST", "/api/journal", "{\"planId\": \"" + plan + "\", \"painBefore\": 3}", ana.headers())
                .json().get("id").asText();
        String reminder = call(accounts, 201, "POST", "/api/reminders", "{\"kind\": \"desk-break\", \"days\": [\"TU\"], \"time\": \"11:00\"}",
                ana.headers()).json().get("id").asText();
        call(accounts, 200, "GET", "/api/plans/" + plan, null, ana.cookieOnly());
        call(accounts, 200, "GET", "/api/journal", null, ana.cookieOnly());
        call(accounts, 200, "GET", "/api/journal/" + entry, null, ana.cookieOnly());
        call(accounts, 200, "GET", "/api/reminders/" + reminder, null, ana.cookieOnly());
        call(accounts, 200, "GET", "/calendar.ics", null, ana.cookieOnly());
        call(accounts, 200, "GET", "/progress.pdf", null, ana.cookieOnly());
        call(accounts, 200, "GET", "/api/export", null, ana.cookieOnly());

        call(accounts, 404, "GET", "/api/plans/" + plan, null, bo.cookieOnly());
        call(accounts, 404, "GET", "/api/plans/" + plan + "/timeline", null, bo.cookieOnly());
        call(accounts, 404, "GET", "/api/journal/" + entry, null, bo.cookieOnly());
        call(accounts, 404, "PUT", "/api/journal/" + entry, "{\"painBefore\": 9}", bo.headers());
        call(accounts, 404, "DELETE", "/api/journal/" + entry, null, bo.headers());
        call(accounts, 404, "GET", "/api/reminders/" + reminder, null, bo.cookieOnly());
        call(accounts, 404, "DELETE", "/api/reminders/" + reminder, null, bo.headers());
        assertThat(call(accounts, 200, "GET", "/api/journal", null, bo.cookieOnly()).json().size()).isZero();
        assertThat(field(call(accounts, 400, "POST", "/api/journal", "{\"planId\": \"" + plan + "\", \"painBefore\": 3}", bo.headers())))
                .isEqualTo("planId");
        call(accounts, 200, "GET", "/api/journal/" + entry, null, ana.cookieOnly());
    }

    // ---------------------------------------------------------------- coverage

    @Test
    @Order(10)
    void everyOperationWasCalledWithItsMainStatuses() {
        Set<String> seen = CONTRACT.seen();
        Map<String, Set<Integer>> missing = new TreeMap<>();
        for (String operation : CONTRACT.operations()) {
            Set<Integer> declared = CONTRACT.statuses(operation);
            Set<Integer> wanted = new TreeSet<>();
            for (int status : declared) {
                boolean success = status >= 200 && status < 300;
                boolean guarded = status == 400 || status == 401 || status == 303 || status == 404
                        || (status == 403 && (UNSAFE.contains(method(operation)) || !accountsOnly(operation)))
                        || status == 413 || status == 415 || status == 429;
                if (success || guarded) {
                    wanted.add(status);
                }
            }
            wanted.removeIf(status -> seen.contains(operation + " " + status));
            if (!wanted.isEmpty()) {
                missing.put(operation, wanted);
            }
        }
        assertThat(missing).as("operations and statuses no request of this test gave").isEmpty();
        Set<String> paths = CONTRACT.operations().stream().map(o -> o.split(" ", 2)[1]).collect(Collectors.toSet());
        for (String path : paths) {
            assertThat(seen).as("a wrong method on " + path).contains("PATCH " + path + " 405");
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A request through the client of {@link RunningServer}, held to the document; {@code expected} -1 takes any declared status. */
    private static Answer call(RunningServer server, int expected, String method, String path) {
        return call(server, expected, method, path, null, NONE);
    }

    private static Answer call(RunningServer server, int expected, String method, String path, String body) {
        return call(server, expected, method, path, body, NONE);
    }

    private static Answer call(RunningServer server, int expected, String method, String path, String body, Map<String, String> headers) {
        return check(server, expected, method, path, Answer.of(server.send(method, path, body, headers)));
    }

    private static Answer check(RunningServer server, int expected, String method, String path, Answer answer) {
        CONTRACT.check(method, path, answer);
        if (expected != -1) {
            assertThat(answer.status()).as(method + " " + path + " on " + server.url("") + ": " + answer.body()).isEqualTo(expected);
        }
        return answer;
    }

    /** A request written by hand, with these header lines (the loopback Host unless one is given) and a body (or none). */
    private static Answer raw(RunningServer server, String method, String path, List<String> headers, String body) {
        RunningServer.Raw request = server.raw(method, path);
        for (String line : headers) {
            String[] parts = line.split(":", 2);
            request.header(parts[0].strip(), parts[1].strip());
        }
        if (body != null) {
            request.body(body);
        }
        RunningServer.RawResponse reply = request.send();
        return new Answer(reply.status(), reply.headers(), reply.text());
    }

    private static String field(Answer problem) {
        assertThat(problem.mediaType()).isEqualTo("application/problem+json");
        return problem.json().path("field").asText(null);
    }

    private static String method(String operation) {
        return operation.split(" ", 2)[0];
    }

    /** The operation's path with made-up values for its parameters. */
    private static String samplePath(String operation) {
        return operation.split(" ", 2)[1].replace("{token}", "0".repeat(48)).replaceAll("\\{[^}]+}", "no-such-id");
    }

    /** Operations that exist only in accounts mode. */
    private static boolean accountsOnly(String operation) {
        String path = operation.split(" ", 2)[1];
        return path.startsWith("/api/accounts") || path.startsWith("/api/sessions");
    }

    private static List<String> exercisesOf(JsonNode timeline) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        timeline.get("cues").forEach(c -> {
            if (!c.get("exerciseId").isNull()) {
                ids.add(c.get("exerciseId").asText());
            }
        });
        return new ArrayList<>(ids);
    }

    private static List<String> ids(JsonNode entries) {
        List<String> ids = new ArrayList<>();
        entries.forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }

    /** The address of the next page, from {@code Link: <...>; rel="next"}, as a path and query. */
    private static String nextPage(Answer page) {
        String link = page.header("Link").orElseThrow(() -> new AssertionError("a first page of several has no Link header"));
        Matcher m = Pattern.compile("^<([^>]+)>; rel=\"next\"$").matcher(link);
        assertThat(m.matches()).as(link).isTrue();
        URI uri = URI.create(m.group(1));
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** A browser in accounts mode before sign-in: the midback_csrf cookie and its token. */
    private record Visit(String cookie, String csrf) {

        static Visit begin() {
            Answer current = call(accounts, 401, "GET", "/api/sessions/current");
            String cookie = current.headers().getOrDefault("Set-Cookie", List.of()).stream().filter(c -> c.startsWith("midback_csrf="))
                    .findFirst().orElseThrow().split(";")[0];
            return new Visit(cookie, current.json().get("csrfToken").asText());
        }

        Map<String, String> headers() {
            return Map.of("Cookie", cookie, "X-CSRF-Token", csrf);
        }
    }

    /** A signed-in person's session cookie and CSRF token. */
    private record Signed(String cookie, String csrf) {

        Map<String, String> headers() {
            return Map.of("Cookie", cookie, "X-CSRF-Token", csrf);
        }

        Map<String, String> cookieOnly() {
            return Map.of("Cookie", cookie);
        }
    }

    private static Signed signIn(Visit visit, String email) {
        Answer signedIn = call(accounts, 200, "POST", "/api/sessions",
                "{\"email\": \"" + email + "\", \"password\": \"" + Person.PASSWORD + "\"}", visit.headers());
        String cookie = signedIn.header("Set-Cookie").orElseThrow().split(";")[0];
        return new Signed(cookie, signedIn.json().get("csrfToken").asText());
    }

    private static Signed signUpAndIn(String email, String name) {
        Visit visit = Visit.begin();
        call(accounts, 202, "POST", "/api/accounts",
                "{\"email\": \"" + email + "\", \"password\": \"" + Person.PASSWORD + "\", \"name\": \"" + name + "\"}", visit.headers());
        return signIn(visit, email);
    }
}
