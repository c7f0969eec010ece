package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.midback.safety.Question;
import dev.midback.testing.RunningServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The planning flow as pages, and the plans API, against the real server. */
class PlanWebTest {

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

    @Test
    void startAsksEverySafetyQuestion() {
        String body = server.get("/start").body();
        for (Question q : Question.values()) {
            assertThat(body).contains("value=\"" + q.id() + "\"");
        }
        assertThat(body).contains("action=\"/plan/new\"");
    }

    @Test
    void aRedFlagStopsBeforeTheFormWithUrgentAdvice() {
        HttpResponse<String> page = server.get("/plan/new?yes=chest-pain");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("No routine today", "emergency care now", "role=\"alert\"");
    }

    @Test
    void aCautionShowsItsAdviceAboveTheForm() {
        String body = server.get("/plan/new?yes=osteoporosis").body();
        assertThat(body).contains("healthcare professional", "name=\"minutes\"", "type=\"hidden\" name=\"yes\" value=\"osteoporosis\"");
    }

    @Test
    void theRoutinePageGivesItemsWithReasonsSwapsAndTheCommand() {
        String body = server.get("/routine?minutes=10&place=desk&have=chair&level=beginner&pain=2").body();
        assertThat(body).contains("Your routine", "Why:", "midback go --minutes 10 --place desk --props chair --level beginner --pain 2",
                "This week", "3 sessions", "Posture check");
        assertThat(body).doesNotContain(">Cat-cow</a>");
    }

    @Test
    void aBadValueOnTheFormIsRefusedNamingIt() {
        HttpResponse<String> page = server.get("/routine?minutes=99&place=desk&yes=osteoporosis");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("minutes", "99", "href=\"/plan/new?yes=osteoporosis\"");
    }

    @Test
    void anUnknownQuestionIsRefused() {
        HttpResponse<String> page = server.get("/plan/new?yes=back-ache");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("back-ache");
    }

    @Test
    void postingAPlanStoresItWithItsTimeline() throws Exception {
        HttpResponse<String> created = server.post("/api/plans",
                "{\"minutes\": 10, \"place\": \"floor\", \"props\": [\"towel\"], \"level\": \"beginner\", \"pain\": 3, \"answers\": {\"pregnant\": false}}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode plan = json.readTree(created.body());
        String id = plan.get("id").asText();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/plans/" + id);
        assertThat(plan.get("verdict").asText()).isEqualTo("go");
        assertThat(plan.get("items")).isNotEmpty();

        JsonNode again = json.readTree(server.get("/api/plans/" + id).body());
        assertThat(again).isEqualTo(plan);

        JsonNode timeline = json.readTree(server.get("/api/plans/" + id + "/timeline").body());
        assertThat(timeline.get("totalSeconds").asInt()).isEqualTo(plan.get("totalSeconds").asInt());
        int at = 0;
        for (JsonNode cue : timeline.get("cues")) {
            assertThat(cue.get("at").asInt()).isEqualTo(at);
            at += cue.get("seconds").asInt();
        }
        assertThat(at).isEqualTo(plan.get("totalSeconds").asInt());
    }

    @Test
    void aRedFlagPlanIsStoredWithNoItems() throws Exception {
        HttpResponse<String> created = server.post("/api/plans", "{\"minutes\": 10, \"answers\": {\"night-pain\": true}}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode plan = json.readTree(created.body());
        assertThat(plan.get("verdict").asText()).isEqualTo("stop");
        assertThat(plan.get("items")).isEmpty();
        assertThat(plan.get("advice").get(0).asText()).contains("See a doctor soon");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"minutes\": \"ten\"}|minutes",
            "{\"minutes\": 61}|minutes",
            "{}|minutes",
            "{\"minutes\": 10, \"place\": \"bed\"}|place",
            "{\"minutes\": 10, \"props\": \"towel\"}|props",
            "{\"minutes\": 10, \"props\": [\"towel\", \"kettlebell\"]}|props",
            "{\"minutes\": 10, \"level\": \"expert\"}|level",
            "{\"minutes\": 10, \"pain\": 11}|pain",
            "{\"minutes\": 10, \"pain\": 2.5}|pain",
            "{\"minutes\": 10, \"answers\": {\"back-ache\": true}}|answers.back-ache",
            "{\"minutes\": 10, \"answers\": {\"pregnant\": \"no\"}}|answers.pregnant",
            "{\"minutes\": 10, \"answers\": [true]}|answers",
            "{\"minutes\": 10, \"colour\": \"blue\"}|colour",
            "not json|body",
            "{\"minutes\": 10, \"answers\": {\"pregnant\": true, \"pregnant\": false}}|body",
            "{\"minutes\": 10} {\"minutes\": 20}|body"})
    void badBodiesAreRefusedNamingTheFieldAndNothingIsStored(String body, String field) throws Exception {
        int before = server.count("plans");
        HttpResponse<String> response = server.post("/api/plans", body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("field").asText()).isEqualTo(field);
        assertThat(server.count("plans")).isEqualTo(before);
    }

    @Test
    void anUnknownPlanIsA404Problem() throws Exception {
        HttpResponse<String> response = server.get("/api/plans/00000000-0000-0000-0000-000000000000/timeline");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json.readTree(response.body()).get("field").asText()).isEqualTo("id");
    }
}
