package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.midback.catalog.Catalog;
import dev.midback.catalog.DosageUnit;
import dev.midback.catalog.Level;
import dev.midback.catalog.Position;
import dev.midback.catalog.Prop;
import dev.midback.plan.Phase;
import dev.midback.plan.Place;
import dev.midback.plan.PlanRequest;
import dev.midback.plan.Routine;
import dev.midback.plan.RoutineItem;
import dev.midback.safety.Answers;
import dev.midback.safety.Clearance;
import dev.midback.safety.PainToday;
import dev.midback.safety.Question;
import dev.midback.safety.Urgency;
import dev.midback.safety.Verdict;
import dev.midback.store.DataFolder;
import dev.midback.store.Database;
import dev.midback.store.JdbcJournalStore;
import dev.midback.store.JdbcPlanStore;
import dev.midback.store.JdbcReminderStore;
import dev.midback.testing.RunningServer;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The planning flow as pages (a plan made once, then read back), and the plans API, against the real server. */
class PlanWebTest {

    private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");
    private static final Pattern ITEM = Pattern.compile("<h2><a href=\"/exercises/([^\"]+)\">");

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

    private static HttpResponse<String> postForm(String body) {
        return server.send("POST", "/plans", body, FORM);
    }

    /** Posts the form and follows the redirect's address: the id of the plan kept. */
    private static String planFromForm(String body) {
        HttpResponse<String> created = postForm(body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/plans/[0-9a-f-]{36}");
        return location.substring("/plans/".length());
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
    void theNewSafetyQuestionsAreAskedInPlainWords() {
        String body = server.get("/start").body();
        for (Question q : List.of(Question.SERIOUS_ACCIDENT, Question.LONG_TERM_STEROIDS, Question.NEW_PAIN_UNDER_20_OR_OVER_50)) {
            assertThat(body).contains("value=\"" + q.id() + "\"> " + q.text().replace("'", "&#39;"));
        }
    }

    @Test
    void aSeriousAccidentStopsAtOnceAsAnEmergency() throws Exception {
        assertThat(server.get("/plan/new?yes=serious-accident").body()).contains("No routine today", "emergency care now", "class=\"alert\"");
        JsonNode plan = json.readTree(server.post("/api/plans", "{\"minutes\": 10, \"answers\": {\"serious-accident\": true}}").body());
        assertThat(plan.get("verdict").asText()).isEqualTo("stop");
        assertThat(plan.get("items")).isEmpty();
        assertThat(plan.get("advice").get(0).asText()).contains("emergency care now");
    }

    @Test
    void aRecentInjuryWithOsteoporosisOrSteroidsStopsWithAdviceToSeeADoctorSoon() throws Exception {
        for (String bones : List.of("osteoporosis", "long-term-steroids")) {
            assertThat(server.get("/plan/new?yes=recent-injury&yes=" + bones).body()).as(bones)
                    .contains("No routine today", "Possible fracture", "See a doctor soon").doesNotContain("name=\"minutes\"");
            int before = server.count("plans");
            assertThat(postForm("minutes=10&place=floor&yes=recent-injury&yes=" + bones).body()).contains("Possible fracture");
            assertThat(server.count("plans")).isEqualTo(before);
            JsonNode plan = json.readTree(server.post("/api/plans",
                    "{\"minutes\": 10, \"answers\": {\"recent-injury\": true, \"" + bones + "\": true}}").body());
            assertThat(plan.get("verdict").asText()).isEqualTo("stop");
            assertThat(plan.get("items")).isEmpty();
            assertThat(plan.get("advice").toString()).contains("Possible fracture");
        }
    }

    @Test
    void eachItemsKeyCautionForThePersonReachesThePageAndThePlan() throws Exception {
        String id = planFromForm("minutes=10&place=floor&level=beginner&pain=2&yes=osteoporosis");
        JsonNode plan = json.readTree(server.get("/api/plans/" + id).body());
        JsonNode catCow = plan.get("items").get(0);
        assertThat(catCow.get("exerciseId").asText()).isEqualTo("cat-cow");
        assertThat(catCow.get("keyCaution").asText()).contains("keep the rounded (cat) shape small");
        String page = server.get("/plans/" + id).body();
        assertThat(page).contains("<p class=\"key-caution\"><strong>Mind:</strong> " + catCow.get("keyCaution").asText());
        for (JsonNode item : plan.get("items")) {
            assertThat(item.get("swaps").isEmpty() ? page.contains("No swap: " + item.get("noSwapReason").asText()) : page.contains("Swap for:"))
                    .as(item.get("exerciseId").asText()).isTrue();
        }
    }

    @Test
    void aRedFlagStopsBeforeTheFormWithUrgentAdvice() {
        HttpResponse<String> page = server.get("/plan/new?yes=chest-pain");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("No routine today", "emergency care now", "role=\"alert\"", "class=\"alert\"")
                .doesNotContain("name=\"minutes\"");
    }

    @Test
    void aCautionShowsItsAdviceAboveTheForm() {
        String body = server.get("/plan/new?yes=osteoporosis").body();
        assertThat(body).contains("healthcare professional", "name=\"minutes\"", "type=\"hidden\" name=\"yes\" value=\"osteoporosis\"",
                "<form method=\"post\" action=\"/plans\"");
    }

    @Test
    void theOldRoutineAddressSendsItsAnswersToTheForm() {
        HttpResponse<String> old = server.get("/routine?minutes=10&place=desk&have=chair&yes=osteoporosis");
        assertThat(old.statusCode()).isEqualTo(303);
        assertThat(old.headers().firstValue("Location")).hasValue("/plan/new?minutes=10&place=desk&have=chair&yes=osteoporosis");
    }

    @Test
    void postingTheFormStoresExactlyOnePlanAndShowsItAtItsOwnAddress() {
        int before = server.count("plans");
        String id = planFromForm("minutes=10&place=desk&have=chair&level=beginner&pain=2");
        assertThat(server.count("plans")).isEqualTo(before + 1);

        HttpResponse<String> page = server.get("/plans/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Your routine", "Why:", "midback go --minutes 10 --place desk --props chair --level beginner --pain 2",
                "This week", "3 sessions", "Posture check", "href=\"/play/" + id + "\"", "Start the guided session");
        assertThat(page.body()).doesNotContain(">Cat-cow</a>");
        assertThat(page.body()).as("Start is a link to the stored plan, not a form that plans again")
                .doesNotContain("<form method=\"post\" action=\"/plans\"");
    }

    @Test
    void readingAStoredPlanAgainStoresNothingAndShowsTheSameRoutine() {
        String id = planFromForm("minutes=15&place=floor&have=mat&have=towel&level=beginner&pain=1");
        int before = server.count("plans");
        String first = server.get("/plans/" + id).body();
        String again = server.get("/plans/" + id).body();
        assertThat(server.count("plans")).isEqualTo(before);
        assertThat(items(again)).isEqualTo(items(first)).isNotEmpty();
    }

    @Test
    void theRoutineShownIsTheStoredOneAndThePlayerPlaysExactlyIt() throws Exception {
        String id = planFromForm("minutes=20&place=floor&have=mat&have=chair&level=intermediate&pain=3&yes=osteoporosis");
        JsonNode stored = json.readTree(server.get("/api/plans/" + id).body());
        List<String> storedItems = new ArrayList<>();
        stored.get("items").forEach(i -> storedItems.add(i.get("exerciseId").asText()));

        String page = server.get("/plans/" + id).body();
        assertThat(items(page)).isEqualTo(storedItems);
        assertThat(page).contains("Screening: <strong>" + stored.get("verdict").asText() + "</strong>");
        stored.get("advice").forEach(a -> assertThat(page).contains(a.asText().replace("'", "&#39;")));

        assertThat(server.get("/play/" + id).body()).contains("data-plan-id=\"" + id + "\"");
        JsonNode timeline = json.readTree(server.get("/api/plans/" + id + "/timeline").body());
        assertThat(timeline.get("totalSeconds").asInt()).isEqualTo(stored.get("totalSeconds").asInt());
        List<String> played = new ArrayList<>();
        for (JsonNode cue : timeline.get("cues")) {
            String exercise = cue.get("exerciseId").asText(null);
            if (exercise != null && (played.isEmpty() || !played.get(played.size() - 1).equals(exercise))) {
                played.add(exercise);
            }
        }
        assertThat(played).isEqualTo(collapsed(storedItems));
    }

    @Test
    void changeTheTimeOrPropsGoesBackToTheFormWithEveryAnswerKept() {
        String id = planFromForm("minutes=12&place=desk&have=chair&have=band&level=intermediate&pain=2&yes=osteoporosis");
        String page = server.get("/plans/" + id).body();
        Matcher change = Pattern.compile("<a href=\"([^\"]+)\">Change the time or props</a>").matcher(page);
        assertThat(change.find()).isTrue();
        String form = server.get(change.group(1).replace("&amp;", "&")).body();
        assertThat(form).contains("name=\"minutes\" type=\"number\" min=\"2\" max=\"60\" step=\"1\" value=\"12\"",
                "<option value=\"desk\" selected>", "<option value=\"intermediate\" selected>",
                "name=\"have\" value=\"chair\" checked", "name=\"have\" value=\"band\" checked",
                "value=\"2\"", "type=\"hidden\" name=\"yes\" value=\"osteoporosis\"");
        assertThat(form).doesNotContain("name=\"have\" value=\"mat\" checked");
    }

    @Test
    void aRefusedValueShowsTheFormAgainWithTheAnswersKeptAndTheProblemBesideIt() {
        int before = server.count("plans");
        HttpResponse<String> page = postForm("minutes=99&place=desk&have=chair&level=intermediate&pain=3&yes=osteoporosis");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("id=\"minutes-error\"", "minutes must be a whole number from 2 to 60, not 99",
                "value=\"99\"", "aria-invalid=\"true\"", "<option value=\"desk\" selected>", "<option value=\"intermediate\" selected>",
                "name=\"have\" value=\"chair\" checked", "value=\"3\"", "type=\"hidden\" name=\"yes\" value=\"osteoporosis\"",
                "healthcare professional");
        assertThat(server.count("plans")).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "minutes=4294967301&place=desk|minutes",
            "minutes=-4294967286|minutes",
            "minutes=&place=desk|minutes",
            "minutes=10&place=|place",
            "minutes=10&level=|level",
            "minutes=10&place=bed|place",
            "minutes=10&pain=4294967306|pain",
            "minutes=10&have=kettlebell|props"})
    void badFormValuesAreRefusedBesideTheirField(String body, String field) {
        int before = server.count("plans");
        HttpResponse<String> page = postForm(body);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"" + field + "-error\"", "<form method=\"post\" action=\"/plans\"");
        assertThat(server.count("plans")).isEqualTo(before);
    }

    @Test
    void aNulInTheFormIsRefusedNamingTheField() {
        int before = server.count("plans");
        HttpResponse<String> page = postForm("minutes=10&place=desk%00");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("place");
        assertThat(server.count("plans")).isEqualTo(before);
    }

    @Test
    void aRedFlagPostedShowsTheAdviceAndStoresNothing() {
        int before = server.count("plans");
        HttpResponse<String> page = postForm("minutes=10&place=desk&yes=chest-pain");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("No routine today", "emergency care now", "class=\"alert\"");
        assertThat(postForm("minutes=10&place=desk&pain=4&sharp=true").body()).contains("No routine today", "Sharp pain");
        assertThat(server.count("plans")).isEqualTo(before);
    }

    @Test
    void anUnknownQuestionIsRefused() {
        HttpResponse<String> page = server.get("/plan/new?yes=back-ache");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("back-ache");
        assertThat(postForm("minutes=10&yes=back-ache").statusCode()).isEqualTo(400);
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
    void absentFieldsTakeTheirDefaults() throws Exception {
        HttpResponse<String> created = server.post("/api/plans", "{\"minutes\": 5, \"place\": null}");
        assertThat(created.statusCode()).isEqualTo(201);
        String page = server.get("/plans/" + json.readTree(created.body()).get("id").asText()).body();
        assertThat(page).contains("--minutes 5 --place any --props none --level beginner --pain 0");
    }

    @Test
    void aRedFlagPlanIsStoredWithNoItemsAndItsPageGivesTheAdvice() throws Exception {
        HttpResponse<String> created = server.post("/api/plans", "{\"minutes\": 10, \"answers\": {\"night-pain\": true}}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode plan = json.readTree(created.body());
        assertThat(plan.get("verdict").asText()).isEqualTo("stop");
        assertThat(plan.get("items")).isEmpty();
        assertThat(plan.get("advice").get(0).asText()).contains("See a doctor soon");
        String page = server.get("/plans/" + plan.get("id").asText()).body();
        assertThat(page).contains("No routine today", "See a doctor soon", "class=\"warning\"").doesNotContain("/play/");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"minutes\": \"ten\"}|minutes",
            "{\"minutes\": 61}|minutes",
            "{\"minutes\": 4294967301}|minutes",
            "{\"minutes\": -4294967286}|minutes",
            "{\"minutes\": 18446744073709551626}|minutes",
            "{\"minutes\": 10.0}|minutes",
            "{}|minutes",
            "{\"minutes\": null}|minutes",
            "{\"minutes\": 10, \"place\": \"bed\"}|place",
            "{\"minutes\": 10, \"place\": \"\"}|place",
            "{\"minutes\": 10, \"place\": \"  \"}|place",
            "{\"minutes\": 10, \"place\": 1}|place",
            "{\"minutes\": 10, \"place\": \"desk\\u0000\"}|place",
            "{\"minutes\": 10, \"props\": \"towel\"}|props",
            "{\"minutes\": 10, \"props\": [\"towel\", \"kettlebell\"]}|props",
            "{\"minutes\": 10, \"props\": [\"\"]}|props",
            "{\"minutes\": 10, \"level\": \"expert\"}|level",
            "{\"minutes\": 10, \"level\": \"\"}|level",
            "{\"minutes\": 10, \"pain\": 11}|pain",
            "{\"minutes\": 10, \"pain\": 4294967306}|pain",
            "{\"minutes\": 10, \"pain\": 2.5}|pain",
            "{\"minutes\": 10, \"sharpPain\": \"yes\"}|sharpPain",
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
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("field").asText()).isEqualTo(field);
        assertThat(problem.get("detail").asText()).contains(field.startsWith("answers.") ? field.substring(8) : field.equals("body") ? "" : field);
        assertThat(server.count("plans")).isEqualTo(before);
    }

    @Test
    void anUnknownPlanIsA404Problem() throws Exception {
        HttpResponse<String> response = server.get("/api/plans/00000000-0000-0000-0000-000000000000/timeline");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json.readTree(response.body()).get("field").asText()).isEqualTo("id");
        assertThat(server.get("/plans/00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
    }

    /**
     * A stored plan is shown and swapped under the screening stored with it, never a new one: here
     * the stored screening allows only standing and chair exercises, though the request's answers
     * alone would allow the floor too, and a stored stop for an emergency shows as urgent.
     */
    @Test
    void aStoredPlansPageAndSwapsFollowItsStoredScreening(@TempDir Path folder) throws Exception {
        Catalog catalog = server.catalog();
        PlanRequest request = new PlanRequest(10, Place.FLOOR, Set.of(Prop.MAT, Prop.CHAIR, Prop.BAND), Level.BEGINNER,
                PainToday.NONE, Answers.NONE);
        Map<Position, String> notHere = new EnumMap<>(Position.class);
        for (Position p : Position.values()) {
            if (p != Position.STANDING && p != Position.SEATED_CHAIR) {
                notHere.put(p, "only standing or on a chair today");
            }
        }
        Clearance stored = new Clearance(Verdict.CAUTION, Urgency.BEFORE_STARTING, List.of("Stored advice: stand or sit on a chair."),
                false, notHere, Map.of());
        Routine routine = new Routine(stored, stored.advice(), 120, List.of(
                new RoutineItem("cobra", "Cobra", Phase.MAIN, DosageUnit.SECONDS, 20, 2, false, 120, "extension")));
        Clearance emergency = new Clearance(Verdict.STOP, Urgency.EMERGENCY, List.of("Stored: get emergency care now."), true,
                Map.of(), Map.of());
        try (Database database = Database.open(DataFolder.sqliteUrl(folder))) {
            JdbcPlanStore plans = new JdbcPlanStore(database, Clock.systemUTC());
            String id = plans.save(request, routine);
            String stop = plans.save(request, new Routine(emergency, emergency.advice(), 0, List.of()));
            Javalin app = new WebServer(catalog, database, plans, new JdbcJournalStore(database), new JdbcReminderStore(database),
                    Clock.systemUTC()).start("127.0.0.1", 0);
            try {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + app.port();
                String page = http.send(HttpRequest.newBuilder(URI.create(base + "/plans/" + id)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertThat(page).contains("Stored advice: stand or sit on a chair.", "Screening: <strong>caution</strong>", "Swap for:");
                String swaps = page.substring(page.indexOf("<p class=\"swaps\">"));
                Matcher swap = Pattern.compile("<a href=\"/exercises/([^\"]+)\">[^<]+</a> ").matcher(swaps.substring(0, swaps.indexOf("</p>")));
                List<String> offered = new ArrayList<>();
                while (swap.find()) {
                    offered.add(swap.group(1));
                }
                assertThat(offered).isNotEmpty().allSatisfy(e -> assertThat(catalog.require(e).position())
                        .isIn(Position.STANDING, Position.SEATED_CHAIR));

                JsonNode swapped = json.readTree(http.send(HttpRequest.newBuilder(URI.create(
                        base + "/api/plans/" + id + "/swap?exercise=cobra&from=0&to=120")).build(), HttpResponse.BodyHandlers.ofString()).body());
                assertThat(catalog.require(swapped.get("exerciseId").asText()).position()).isIn(Position.STANDING, Position.SEATED_CHAIR);

                String stopped = http.send(HttpRequest.newBuilder(URI.create(base + "/plans/" + stop)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertThat(stopped).contains("No routine today", "Stored: get emergency care now.", "class=\"alert\"");
            } finally {
                app.stop();
            }
        }
    }

    /** The exercises of a routine page, in order. */
    private static List<String> items(String page) {
        List<String> ids = new ArrayList<>();
        Matcher m = ITEM.matcher(page);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The ids with each run of one id taken once: the order a timeline plays them in. */
    private static List<String> collapsed(List<String> ids) {
        List<String> runs = new ArrayList<>();
        for (String id : ids) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(id)) {
                runs.add(id);
            }
        }
        return runs;
    }
}
