package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.testing.RunningServer;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The form stores the plan and shows it at /plans/{id}; its Start link opens the player of exactly that plan at /play/{id}. */
class PlayWebTest {

    private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");

    @Test
    void theFormStoresThePlanWhoseStartOpensItsPlayer() {
        try (RunningServer server = RunningServer.start()) {
            HttpResponse<String> created = server.send("POST", "/plans",
                    "minutes=10&place=desk&have=chair&level=beginner&pain=2&yes=osteoporosis", FORM);
            assertThat(created.statusCode()).isEqualTo(303);
            String location = created.headers().firstValue("Location").orElseThrow();
            assertThat(location).matches("/plans/[^/]+");
            String id = location.substring("/plans/".length());
            assertThat(server.get("/api/plans/" + id).statusCode()).isEqualTo(200);

            String routine = server.get(location).body();
            assertThat(routine).contains("<a class=\"start-button\" href=\"/play/" + id + "\">Start the guided session</a>");

            HttpResponse<String> player = server.get("/play/" + id);
            assertThat(player.statusCode()).isEqualTo(200);
            assertThat(player.body()).contains("id=\"player\"", "data-plan-id=\"" + id + "\"", "/static/js/player.js",
                    "aria-live=\"polite\"", "This hurts", "id=\"pain-before\"", "Not medical advice");
            assertThat(player.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
            assertThat(server.get("/static/js/player.js").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theStartPageOffersTheLastRoutineAgainAndThePlayerTheGivenPain() {
        try (RunningServer server = RunningServer.start()) {
            assertThat(server.get("/start").body()).as("no session yet").doesNotContain("Again:");
            String location = server.send("POST", "/plans", "minutes=5&place=desk&have=chair&level=beginner&pain=4", FORM)
                    .headers().firstValue("Location").orElseThrow();
            String id = location.substring("/plans/".length());
            assertThat(server.get("/play/" + id).body()).contains("id=\"pain-before\"", "value=\"4\"");
            assertThat(server.post("/api/journal", "{\"planId\": \"" + id + "\", \"items\": [], \"painBefore\": 4, \"painAfter\": 3}")
                    .statusCode()).isEqualTo(201);
            assertThat(server.get("/start").body()).contains("href=\"/play/" + id + "\"", "Again: your last routine");
        }
    }

    @Test
    void theAppCanBeInstalledWithAManifestAndAServiceWorker() throws Exception {
        try (RunningServer server = RunningServer.startWithAccounts()) {
            HttpResponse<String> manifest = server.get("/manifest.webmanifest");
            assertThat(manifest.statusCode()).isEqualTo(200);
            assertThat(manifest.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/manifest+json");
            var doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(manifest.body());
            assertThat(doc.get("start_url").asText()).isEqualTo("/start");
            assertThat(doc.get("icons").get(0).get("src").asText()).isEqualTo("/static/icon.svg");
            assertThat(server.get("/static/icon.svg").statusCode()).isEqualTo(200);
            assertThat(doc.get("icons").findValuesAsText("sizes")).contains("192x192", "512x512");
            for (var icon : doc.get("icons")) {
                assertThat(server.get(icon.get("src").asText()).statusCode()).as(icon.get("src").asText()).isEqualTo(200);
            }
            HttpResponse<String> worker = server.get("/sw.js");
            assertThat(worker.statusCode()).isEqualTo(200);
            assertThat(worker.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
            assertThat(worker.body()).contains("addEventListener(\"fetch\"");
            assertThat(server.get("/").body()).contains("rel=\"manifest\" href=\"/manifest.webmanifest\"");
        }
    }

    @Test
    void badFormsAndUnknownPlansAreRefused() {
        try (RunningServer server = RunningServer.start()) {
            assertThat(server.send("POST", "/plans", "minutes=99&place=desk", FORM).statusCode()).isEqualTo(400);
            HttpResponse<String> stop = server.send("POST", "/plans", "minutes=10&place=desk&yes=chest-pain", FORM);
            assertThat(stop.statusCode()).isEqualTo(200);
            assertThat(stop.body()).contains("No routine today").doesNotContain("/play/");
            assertThat(server.count("plans")).as("neither is kept").isZero();
            HttpResponse<String> unknown = server.get("/play/no-such-plan");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.body()).contains("Plan a routine");
        }
    }

    @Test
    void inAccountsModeOnlyTheOwnerCanOpenThePlayer() throws Exception {
        try (RunningServer server = RunningServer.startWithAccounts()) {
            Person a = Person.signUp(server, "a@example.org", "Person A");
            Person b = Person.signUp(server, "b@example.org", "Person B");
            assertThat(a.form("/plans", "minutes=5&place=floor&level=beginner&pain=0", false).statusCode()).isEqualTo(403);
            HttpResponse<String> created = a.form("/plans", "minutes=5&place=floor&level=beginner&pain=0", true);
            assertThat(created.statusCode()).isEqualTo(303);
            String location = created.headers().firstValue("Location").orElseThrow();
            assertThat(a.get(location).statusCode()).isEqualTo(200);
            assertThat(b.get(location).statusCode()).isEqualTo(404);
            location = "/play/" + location.substring("/plans/".length());
            HttpResponse<String> own = a.get(location);
            assertThat(own.statusCode()).isEqualTo(200);
            Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(own.body());
            assertThat(csrf.find()).as("the player finds the CSRF token on its page").isTrue();
            assertThat(b.get(location).statusCode()).isEqualTo(404);
            assertThat(server.get(location).statusCode()).as("signed out: to the sign-in page").isEqualTo(303);
        }
    }
}
