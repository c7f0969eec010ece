package dev.midback.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.midback.testing.RunningServer;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/** A signed-up, signed-in person on a server in accounts mode: their cookie and CSRF token go with every request. */
record Person(RunningServer server, String id, String cookie, String csrf) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A password the strength check accepts. */
    static final String PASSWORD = "plum orbit cactus ledger 42";

    static Person signUp(RunningServer server, String email, String name) throws Exception {
        Visit visit = Visit.begin(server);
        HttpResponse<String> created = visit.post("/api/accounts",
                "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\", \"name\": \"" + name + "\"}");
        if (created.statusCode() != 202) {
            throw new AssertionError("sign-up gave " + created.statusCode() + ": " + created.body());
        }
        return signIn(server, email);
    }

    static Person signIn(RunningServer server, String email) throws Exception {
        HttpResponse<String> signedIn = Visit.begin(server).post("/api/sessions",
                "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\"}");
        if (signedIn.statusCode() != 200) {
            throw new AssertionError("sign-in gave " + signedIn.statusCode() + ": " + signedIn.body());
        }
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        JsonNode body = JSON.readTree(signedIn.body());
        return new Person(server, body.get("person").get("id").asText(), cookie, body.get("csrfToken").asText());
    }

    HttpResponse<String> get(String path) {
        return server.send("GET", path, null, Map.of("Cookie", cookie));
    }

    /** A change, with the CSRF token as a signed-in page's script sends it. */
    HttpResponse<String> send(String method, String path, String json) {
        return server.send(method, path, json, Map.of("Cookie", cookie, "X-CSRF-Token", csrf));
    }

    /** A change without the CSRF token. */
    HttpResponse<String> sendWithoutToken(String method, String path, String json) {
        return server.send(method, path, json, Map.of("Cookie", cookie));
    }

    /** An HTML form post, the token in the hidden field. */
    HttpResponse<String> form(String path, String urlEncoded, boolean withToken) {
        Map<String, String> headers = new HashMap<>(Map.of("Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded",
                "Sec-Fetch-Site", "same-origin"));
        return server.send("POST", path, withToken ? urlEncoded + "&csrf=" + csrf : urlEncoded, headers);
    }

    /**
     * A browser not signed in: the token cookie and CSRF token it is given before signing up or in,
     * as {@code GET /api/sessions/current} hands them out.
     */
    record Visit(RunningServer server, String cookie, String csrf) {

        static Visit begin(RunningServer server) throws Exception {
            HttpResponse<String> current = server.get("/api/sessions/current");
            if (current.statusCode() != 401) {
                throw new AssertionError("nobody should be signed in yet, but got " + current.statusCode());
            }
            String cookie = current.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("midback_csrf="))
                    .findFirst().orElseThrow().split(";")[0];
            return new Visit(server, cookie, JSON.readTree(current.body()).get("csrfToken").asText());
        }

        HttpResponse<String> post(String path, String json) {
            return server.send("POST", path, json, Map.of("Cookie", cookie, "X-CSRF-Token", csrf));
        }
    }

    /** The id in a 201 answer's JSON. */
    static String idOf(HttpResponse<String> created) throws Exception {
        if (created.statusCode() != 201) {
            throw new AssertionError("expected 201, got " + created.statusCode() + ": " + created.body());
        }
        return JSON.readTree(created.body()).get("id").asText();
    }
}
