package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.midback.testing.RunningServer;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Signing up, in and out over HTTP in accounts mode, the cookie it sets, the CSRF check and the sign-in limit. */
class AccountApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.startWithAccounts();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aPersonSignsUpSignsInSeesThemselvesAndSignsOut() throws Exception {
        HttpResponse<String> created = server.post("/api/accounts",
                "{\"email\": \"  Ana@Example.ORG \", \"password\": \"correct horse battery\", \"name\": \"Ana\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode person = JSON.readTree(created.body());
        assertThat(person.get("email").asText()).isEqualTo("ana@example.org");
        assertThat(person.get("role").asText()).isEqualTo("person");
        assertThat(created.body()).doesNotContain("password", "correct horse");

        Person ana = Person.signIn(server, "ANA@example.org");
        HttpResponse<String> current = ana.get("/api/sessions/current");
        assertThat(current.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(current.body());
        assertThat(body.get("person").get("id").asText()).isEqualTo(person.get("id").asText());
        assertThat(body.get("person").get("name").asText()).isEqualTo("Ana");
        assertThat(body.get("csrfToken").asText()).isEqualTo(ana.csrf()).hasSizeGreaterThan(20);

        int sessions = server.count("account_sessions");
        assertThat(ana.send("DELETE", "/api/sessions/current", null).statusCode()).isEqualTo(204);
        assertThat(ana.get("/api/sessions/current").statusCode()).isEqualTo(401);
        assertThat(server.count("account_sessions")).isLessThan(sessions);
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxForTheWholeSiteAndSecureOverHttps() throws Exception {
        server.post("/api/accounts", "{\"email\": \"cookie@example.org\", \"password\": \"correct horse battery\", \"name\": \"C\"}");
        String body = "{\"email\": \"cookie@example.org\", \"password\": \"correct horse battery\"}";
        String plain = server.post("/api/sessions", body).headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(plain).startsWith("midback_session=").contains("HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=2592000")
                .doesNotContain("Secure");
        assertThat(plain.split(";")[0].substring("midback_session=".length())).hasSize(43);
        String proxied = server.send("POST", "/api/sessions", body, Map.of("X-Forwarded-Proto", "https"))
                .headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(proxied).contains("HttpOnly", "SameSite=Lax", "Secure");
        assertThat(server.count("account_sessions")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aWrongPasswordOrUnknownEmailGives401WithoutSayingWhich() throws Exception {
        server.post("/api/accounts", "{\"email\": \"bo@example.org\", \"password\": \"correct horse battery\", \"name\": \"Bo\"}");
        HttpResponse<String> wrongPassword = server.post("/api/sessions", "{\"email\": \"bo@example.org\", \"password\": \"wrong horse battery\"}");
        HttpResponse<String> unknownEmail = server.post("/api/sessions", "{\"email\": \"nobody@example.org\", \"password\": \"correct horse battery\"}");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknownEmail.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JSON.readTree(wrongPassword.body()).get("detail")).isEqualTo(JSON.readTree(unknownEmail.body()).get("detail"));
        assertThat(wrongPassword.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"email\": \"not-an-email\", \"password\": \"correct horse battery\", \"name\": \"X\"}|email",
            "{\"password\": \"correct horse battery\", \"name\": \"X\"}|email",
            "{\"email\": \"x@example.org\", \"password\": \"short\", \"name\": \"X\"}|password",
            "{\"email\": \"x@example.org\", \"password\": \"correct horse battery\", \"name\": \"\"}|name",
            "{\"email\": \"x@example.org\", \"password\": \"correct horse battery\", \"name\": 7}|name",
            "{\"email\": \"x@example.org\", \"password\": \"correct horse battery\", \"name\": \"X\", \"role\": \"clinician\"}|role",
    })
    void badSignUpInputGives400NamingTheField(String body, String field) throws Exception {
        HttpResponse<String> answer = server.post("/api/accounts", body);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).get("field").asText()).isEqualTo(field);
    }

    @Test
    void passwordsAndNamesHaveLimits() throws Exception {
        String longPassword = "p".repeat(201);
        HttpResponse<String> tooLong = server.post("/api/accounts",
                "{\"email\": \"long@example.org\", \"password\": \"" + longPassword + "\", \"name\": \"L\"}");
        assertThat(JSON.readTree(tooLong.body()).get("field").asText()).isEqualTo("password");
        HttpResponse<String> longName = server.post("/api/accounts",
                "{\"email\": \"long@example.org\", \"password\": \"correct horse battery\", \"name\": \"" + "n".repeat(101) + "\"}");
        assertThat(JSON.readTree(longName.body()).get("field").asText()).isEqualTo("name");
    }

    @Test
    void anEmailTakenGives409WhateverItsCase() {
        String body = "{\"email\": \"taken@example.org\", \"password\": \"correct horse battery\", \"name\": \"T\"}";
        assertThat(server.post("/api/accounts", body).statusCode()).isEqualTo(201);
        HttpResponse<String> again = server.post("/api/accounts", body.replace("taken@", "TAKEN@"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("\"field\":\"email\"");
    }

    @Test
    void afterFiveFailuresTheEmailIsLockedWith429AndRetryAfter() throws Exception {
        server.post("/api/accounts", "{\"email\": \"locked@example.org\", \"password\": \"correct horse battery\", \"name\": \"L\"}");
        String wrong = "{\"email\": \"locked@example.org\", \"password\": \"not the password\"}";
        long started = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertThat(server.post("/api/sessions", wrong).statusCode()).isEqualTo(401);
        }
        assertThat((System.nanoTime() - started) / 1_000_000).as("each failure waits").isGreaterThanOrEqualTo(1400);
        HttpResponse<String> locked = server.post("/api/sessions", "{\"email\": \"locked@example.org\", \"password\": \"correct horse battery\"}");
        assertThat(locked.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(800L, 900L);
        assertThat(server.count("failed_sign_ins")).isGreaterThanOrEqualTo(5);
        assertThat(server.post("/api/sessions", "{\"email\": \"other@example.org\", \"password\": \"x\"}").statusCode()).isEqualTo(401);
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
        assertThat(server.get("/history").headers().firstValue("Location")).hasValue("/sign-in");
        for (String open : new String[] {"/", "/guide", "/health", "/api/exercises", "/api/exercises/cat-cow", "/exercises/cat-cow",
                "/api/openapi.json", "/sign-in", "/sign-up"}) {
            assertThat(server.get(open).statusCode()).as(open).isEqualTo(200);
        }
    }

    @Test
    void theSignUpAndSignInPagesWorkWithoutScript() throws Exception {
        Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded", "Sec-Fetch-Site", "same-origin");
        HttpResponse<String> bad = server.send("POST", "/sign-up", "name=Eve&email=eve%40example.org&password=short", form);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"password-error\"", "value=\"eve@example.org\"", "<label for=\"password\">");
        HttpResponse<String> made = server.send("POST", "/sign-up", "name=Eve&email=eve%40example.org&password=correct+horse+battery", form);
        assertThat(made.statusCode()).isEqualTo(303);
        String cookie = made.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> page = server.send("GET", "/history", null, Map.of("Cookie", cookie));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Eve", "action=\"/sign-out\"", "name=\"csrf\"");
        HttpResponse<String> wrong = server.send("POST", "/sign-in", "email=eve%40example.org&password=wrong+horse+battery", form);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("id=\"email-error\"");
        HttpResponse<String> signedIn = server.send("POST", "/sign-in", "email=eve%40example.org&password=correct+horse+battery", form);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(server.get("/").body()).contains("href=\"/sign-in\"").doesNotContain("href=\"/history\"");
    }
}
