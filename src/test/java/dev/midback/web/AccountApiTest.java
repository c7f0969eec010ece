package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.midback.testing.RunningServer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Signing up, in and out over HTTP in accounts mode: the cookie it sets, the CSRF check, the sign-in
 * limit under a crowd of attempts, and answers that never tell whether an email has an account.
 */
class AccountApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = Person.PASSWORD;
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.startWithAccounts();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String signUpBody(String email, String password, String name) {
        return "{\"email\": \"" + email + "\", \"password\": \"" + password + "\", \"name\": \"" + name + "\"}";
    }

    private static String signInBody(String email, String password) {
        return "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}";
    }

    private static HttpResponse<String> signUp(String email, String password, String name) throws Exception {
        return Person.Visit.begin(server).post("/api/accounts", signUpBody(email, password, name));
    }

    private static HttpResponse<String> signIn(String email, String password) throws Exception {
        return Person.Visit.begin(server).post("/api/sessions", signInBody(email, password));
    }

    @Test
    void aPersonSignsUpSignsInSeesThemselvesAndSignsOut() throws Exception {
        HttpResponse<String> created = signUp("  Ana@Example.ORG ", PASSWORD, "Ana");
        assertThat(created.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(created.body()).get("status").asText()).isEqualTo("accepted");
        assertThat(created.body()).doesNotContain(PASSWORD, "ana@example.org");

        Person ana = Person.signIn(server, "ANA@example.org");
        HttpResponse<String> current = ana.get("/api/sessions/current");
        assertThat(current.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(current.body());
        assertThat(body.get("person").get("id").asText()).isEqualTo(ana.id());
        assertThat(body.get("person").get("email").asText()).isEqualTo("ana@example.org");
        assertThat(body.get("person").get("name").asText()).isEqualTo("Ana");
        assertThat(body.get("person").get("role").asText()).isEqualTo("person");
        assertThat(body.get("csrfToken").asText()).isEqualTo(ana.csrf()).hasSizeGreaterThan(20);

        int sessions = server.count("account_sessions");
        assertThat(ana.send("DELETE", "/api/sessions/current", null).statusCode()).isEqualTo(204);
        assertThat(ana.get("/api/sessions/current").statusCode()).isEqualTo(401);
        assertThat(server.count("account_sessions")).isLessThan(sessions);
    }

    @Test
    void signingUpOrInWithoutTheTokenOfTheBrowserIsRefused() throws Exception {
        assertThat(server.post("/api/accounts", signUpBody("forged@example.org", PASSWORD, "F")).statusCode()).isEqualTo(403);
        assertThat(signIn("forged@example.org", PASSWORD).statusCode()).as("nothing was made").isEqualTo(401);
        signUp("forged@example.org", PASSWORD, "F");
        assertThat(server.post("/api/sessions", signInBody("forged@example.org", PASSWORD)).statusCode()).isEqualTo(403);
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxForTheWholeSiteAndSecureOverHttps() throws Exception {
        signUp("cookie@example.org", PASSWORD, "C");
        Person.Visit visit = Person.Visit.begin(server);
        String plain = visit.post("/api/sessions", signInBody("cookie@example.org", PASSWORD)).headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("midback_session=")).findFirst().orElseThrow();
        assertThat(plain).contains("HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=2592000").doesNotContain("Secure");
        assertThat(plain.split(";")[0].substring("midback_session=".length())).hasSize(43);
        String proxied = server.send("POST", "/api/sessions", signInBody("cookie@example.org", PASSWORD),
                        Map.of("Cookie", visit.cookie(), "X-CSRF-Token", visit.csrf(), "X-Forwarded-Proto", "https"))
                .headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("midback_session=")).findFirst().orElseThrow();
        assertThat(proxied).contains("HttpOnly", "SameSite=Lax", "Secure");
    }

    @Test
    void aWrongPasswordOrUnknownEmailGives401WithoutSayingWhich() throws Exception {
        signUp("bo@example.org", PASSWORD, "Bo");
        HttpResponse<String> wrongPassword = signIn("bo@example.org", "wrong horse battery");
        HttpResponse<String> unknownEmail = signIn("nobody@example.org", PASSWORD);
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknownEmail.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JSON.readTree(wrongPassword.body()).get("detail")).isEqualTo(JSON.readTree(unknownEmail.body()).get("detail"));
        assertThat(wrongPassword.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("midback_session="));
    }

    @Test
    void signingUpWithATakenEmailAnswersExactlyAsWithANewOne() throws Exception {
        assertThat(signUp("taken@example.org", PASSWORD, "T").statusCode()).isEqualTo(202);
        Person.Visit visit = Person.Visit.begin(server);
        HttpResponse<String> taken = visit.post("/api/accounts", signUpBody("TAKEN@example.org", "another fine long phrase", "U"));
        HttpResponse<String> fresh = visit.post("/api/accounts", signUpBody("fresh@example.org", "another fine long phrase", "U"));
        assertThat(taken.statusCode()).isEqualTo(fresh.statusCode()).isEqualTo(202);
        assertThat(taken.body()).isEqualTo(fresh.body());
        assertThat(headersBut(taken, "date", "set-cookie")).isEqualTo(headersBut(fresh, "date", "set-cookie"));

        assertThat(signIn("taken@example.org", "another fine long phrase").statusCode()).as("the account stays as it was").isEqualTo(401);
        assertThat(signIn("taken@example.org", PASSWORD).statusCode()).isEqualTo(200);
        assertThat(signIn("fresh@example.org", "another fine long phrase").statusCode()).isEqualTo(200);
    }

    private static Map<String, List<String>> headersBut(HttpResponse<String> answer, String... left) {
        Map<String, List<String>> headers = new TreeMap<>();
        answer.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        for (String name : left) {
            headers.remove(name);
        }
        return headers;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"email\": \"not-an-email\", \"password\": \"plum orbit cactus ledger 42\", \"name\": \"X\"}|email",
            "{\"password\": \"plum orbit cactus ledger 42\", \"name\": \"X\"}|email",
            "{\"email\": \"x@example.org\", \"password\": \"short\", \"name\": \"X\"}|password",
            "{\"email\": \"x@example.org\", \"password\": \"plum orbit cactus ledger 42\", \"name\": \"\"}|name",
            "{\"email\": \"x@example.org\", \"password\": \"plum orbit cactus ledger 42\", \"name\": 7}|name",
            "{\"email\": \"x@example.org\", \"password\": \"plum orbit cactus ledger 42\", \"name\": \"X\", \"role\": \"clinician\"}|role",
    })
    void badSignUpInputGives400NamingTheField(String body, String field) throws Exception {
        HttpResponse<String> answer = Person.Visit.begin(server).post("/api/accounts", body);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).get("field").asText()).isEqualTo(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"            ", "password1234", "weak@example.org", "Weak@Example.org", "Quentin Weakling"})
    void passwordsEasyToGuessAreRefusedNamingTheFieldAndSayingWhatToDo(String password) throws Exception {
        HttpResponse<String> answer = signUp("weak@example.org", password, "Quentin Weakling");
        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("field").asText()).isEqualTo("password");
        assertThat(problem.get("detail").asText()).contains("too easy to guess", "a few unrelated words");
    }

    @Test
    void passwordsAndNamesHaveLimits() throws Exception {
        HttpResponse<String> tooLong = signUp("long@example.org", "p".repeat(201), "L");
        assertThat(JSON.readTree(tooLong.body()).get("field").asText()).isEqualTo("password");
        assertThat(JSON.readTree(tooLong.body()).get("detail").asText()).contains("200");
        HttpResponse<String> longName = signUp("long@example.org", PASSWORD, "n".repeat(101));
        assertThat(JSON.readTree(longName.body()).get("field").asText()).isEqualTo("name");
    }

    @Test
    void afterFiveFailuresTheEmailIsLockedWith429AndRetryAfter() throws Exception {
        signUp("locked@example.org", PASSWORD, "L");
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("locked@example.org", "not the password").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = signIn("locked@example.org", PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(800L, 900L);
        assertThat(JSON.readTree(locked.body()).get("detail").asText()).contains(Long.toString(retryAfter));
        assertThat(signIn("other@example.org", "x").statusCode()).as("other emails are not locked").isEqualTo(401);
    }

    @Test
    void thirtyWrongPasswordsAtOnceGetAtMostFiveChecksAndTheRest429() throws Exception {
        signUp("crowd@example.org", PASSWORD, "Crowd");
        Person.Visit visit = Person.Visit.begin(server);
        List<HttpResponse<String>> answers = atOnce(30, i -> visit.post("/api/sessions", signInBody("crowd@example.org", "wrong guess " + i)));
        List<HttpResponse<String>> checked = answers.stream().filter(a -> a.statusCode() == 401).toList();
        assertThat(checked.size()).as("checked; in a tight burst even fewer may be").isLessThanOrEqualTo(5);
        assertThat(answers).filteredOn(a -> a.statusCode() != 401).hasSize(30 - checked.size()).allSatisfy(a -> {
            assertThat(a.statusCode()).isEqualTo(429);
            assertThat(Long.parseLong(a.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        });
        if (checked.size() == 5) {
            assertThat(signIn("crowd@example.org", PASSWORD).statusCode()).as("even the right password waits").isEqualTo(429);
        }
    }

    private interface Call {
        HttpResponse<String> send(int index) throws Exception;
    }

    /** The requests sent from as many threads, let go together; their answers in order. */
    private static List<HttpResponse<String>> atOnce(int count, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch ready = new CountDownLatch(count);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.send(n);
                }));
            }
            ready.await();
            go.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get(2, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aChangeFromASignedInSessionNeedsTheCsrfToken() throws Exception {
        Person dee = Person.signUp(server, "dee@example.org", "Dee");
        String reminder = "{\"kind\": \"session\", \"days\": [\"MO\"], \"time\": \"08:00\"}";
        HttpResponse<String> refused = dee.sendWithoutToken("POST", "/api/reminders", reminder);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        HttpResponse<String> wrongToken = server.send("POST", "/api/reminders", reminder, Map.of("Cookie", dee.cookie(), "X-CSRF-Token", "nope"));
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(dee.sendWithoutToken("DELETE", "/api/sessions/current", null).statusCode()).isEqualTo(403);
        assertThat(dee.send("POST", "/api/reminders", reminder).statusCode()).isEqualTo(201);
        assertThat(dee.form("/reminders", "kind=session&days=TU&time=09:00&enabled=on", false).statusCode()).isEqualTo(403);
        assertThat(dee.form("/reminders", "kind=session&days=TU&time=09:00&enabled=on", true).statusCode()).isEqualTo(303);
    }

    @Test
    void personalRoutesNeedASignedInPersonAndTheLibraryStaysPublic() {
        assertThat(server.get("/api/journal").statusCode()).isEqualTo(401);
        assertThat(server.get("/api/journal").headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(server.get("/api/sessions/current").statusCode()).isEqualTo(401);
        assertThat(server.get("/history").statusCode()).isEqualTo(303);
        assertThat(server.get("/history").headers().firstValue("Location").orElseThrow()).startsWith("/sign-in");
        for (String open : new String[] {"/", "/guide", "/health", "/api/exercises", "/api/exercises/cat-cow", "/exercises/cat-cow",
                "/api/openapi.json", "/sign-in", "/sign-up"}) {
            assertThat(server.get(open).statusCode()).as(open).isEqualTo(200);
        }
    }

    /** A browser without script: the pages' forms, with the token the page hands out in its hidden field. */
    private record Browser(String cookie, String csrf) {

        static Browser open(String page) {
            HttpResponse<String> answer = server.get(page);
            String cookie = answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("midback_csrf="))
                    .findFirst().orElseThrow().split(";")[0];
            Matcher token = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(answer.body());
            assertThat(token.find()).as("the form carries the token").isTrue();
            return new Browser(cookie, token.group(1));
        }

        HttpResponse<String> post(String path, String... fields) {
            StringBuilder form = new StringBuilder("csrf=" + csrf);
            for (int i = 0; i < fields.length; i += 2) {
                form.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
            return server.send("POST", path, form.toString(), Map.of("Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded",
                    "Sec-Fetch-Site", "same-origin"));
        }
    }

    @Test
    void theSignUpAndSignInPagesWorkWithoutScript() {
        Browser browser = Browser.open("/sign-up");
        HttpResponse<String> bad = browser.post("/sign-up", "name", "Eve", "email", "eve@example.org", "password", "short");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"password-error\"", "value=\"eve@example.org\"", "<label for=\"password\">")
                .doesNotContain("short");
        HttpResponse<String> weak = browser.post("/sign-up", "name", "Eve", "email", "eve@example.org", "password", "eve@example.org");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("id=\"password-error\"", "too easy to guess", "uses your name or email");

        HttpResponse<String> made = browser.post("/sign-up", "name", "Eve", "email", "eve@example.org", "password", PASSWORD);
        assertThat(made.statusCode()).isEqualTo(303);
        assertThat(made.headers().firstValue("Location")).hasValue("/sign-in?signed=up");
        assertThat(made.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("midback_session="));
        HttpResponse<String> again = browser.post("/sign-up", "name", "Eve", "email", "eve@example.org", "password", PASSWORD);
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(again.headers().firstValue("Location")).as("a taken email goes the same way").hasValue("/sign-in?signed=up");

        Browser signIn = Browser.open("/sign-in?signed=up");
        HttpResponse<String> wrong = signIn.post("/sign-in", "email", "eve@example.org", "password", "wrong horse battery");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("id=\"email-error\"");
        HttpResponse<String> signedIn = signIn.post("/sign-in", "email", "eve@example.org", "password", PASSWORD, "next", "/history");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/history");
        String session = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("midback_session="))
                .findFirst().orElseThrow().split(";")[0];
        HttpResponse<String> page = server.send("GET", "/history", null, Map.of("Cookie", session));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Eve", "action=\"/sign-out\"", "name=\"csrf\"");
        assertThat(server.get("/").body()).contains("href=\"/sign-in\"").doesNotContain("href=\"/history\"");
    }

    @Test
    void signingInComesBackToThePageAskedFor() {
        assertThat(server.get("/exercises/cat-cow").body()).contains("href=\"/sign-in?next=%2Fexercises%2Fcat-cow\"");
        String away = server.get("/history?page=2").headers().firstValue("Location").orElseThrow();
        assertThat(away).isEqualTo("/sign-in?next=%2Fhistory%3Fpage%3D2");
        Browser signUp = Browser.open("/sign-up");
        signUp.post("/sign-up", "name", "Fay", "email", "fay@example.org", "password", PASSWORD);
        Browser signIn = Browser.open(away);
        assertThat(server.get(away).body()).contains("name=\"next\" value=\"/history?page=2\"");
        HttpResponse<String> signedIn = signIn.post("/sign-in", "email", "fay@example.org", "password", PASSWORD, "next", "/history?page=2");
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/history?page=2");
        HttpResponse<String> elsewhere = Browser.open("/sign-in").post("/sign-in", "email", "fay@example.org", "password", PASSWORD,
                "next", "https://evil.example/");
        assertThat(elsewhere.headers().firstValue("Location")).as("never to another site").hasValue("/start");
    }
}
