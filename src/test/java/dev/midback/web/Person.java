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

    static Person signUp(RunningServer server, String email, String name) throws Exception {
        HttpResponse<String> created = server.post("/api/accounts",
                "{\"email\": \"" + email + "\", \"password\": \"correct horse battery\", \"name\": \"" + name + "\"}");
        if (created.statusCode() != 201) {
            throw new AssertionError("sign-up gave " + created.statusCode() + ": " + created.body());
        }
        return signIn(server, email);
    }

    static Person signIn(RunningServer server, String email) throws Exception {
        HttpResponse<String> signedIn = server.post("/api/sessions", "{\"email\": \"" + email + "\", \"password\": \"correct horse battery\"}");
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

    /** The id in a 201 answer's JSON. */
    static String idOf(HttpResponse<String> created) throws Exception {
        if (created.statusCode() != 201) {
            throw new AssertionError("expected 201, got " + created.statusCode() + ": " + created.body());
        }
        return JSON.readTree(created.body()).get("id").asText();
    }
}
