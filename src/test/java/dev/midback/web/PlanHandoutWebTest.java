package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.midback.catalog.Exercise;
import dev.midback.testing.PdfDrawing;
import dev.midback.testing.RunningServer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The printable handout of a stored plan, fetched from the real server as a browser would and read back with PDFBox. */
class PlanHandoutWebTest {

    private static final String BODY_FILL = "#c7d9ea";
    private static RunningServer server;
    private static String planId;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void planOne() {
        server = RunningServer.start();
        HttpResponse<String> created = Forms.post(server, "/plans",
                "minutes=12&place=floor&have=mat&have=chair&have=towel&level=beginner&pain=2&yes=osteoporosis");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        planId = created.headers().firstValue("Location").orElseThrow().substring("/plans/".length());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theRoutinePageLinksToItsHandoutOnA4AndOnLetter() {
        String page = server.get("/plans/" + planId).body();

        assertThat(page).contains("<a href=\"/plans/" + planId + "/handout.pdf\">Print or save as PDF</a>",
                "href=\"/plans/" + planId + "/handout.pdf?paper=letter\"");
    }

    @Test
    void theHandoutHasEveryExerciseInOrderWithItsDoseStepsBreathingCautionAndTheNotice() throws Exception {
        HttpResponse<byte[]> answer = Forms.download(server, "/plans/" + planId + "/handout.pdf");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(answer.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("inline"));
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        PdfDrawing pdf = PdfDrawing.read(answer.body());
        JsonNode items = json.readTree(server.get("/api/plans/" + planId).body()).get("items");
        assertThat(items.size()).isGreaterThan(2);
        assertThat(pdf.text()).contains("My mid-back routine", "Made on ", "12 minutes on the floor");
        int at = 0;
        boolean anyCaution = false;
        for (JsonNode item : items) {
            Exercise exercise = server.catalog().require(item.get("exerciseId").asText());
            int name = pdf.text().indexOf(item.get("name").asText(), at);
            assertThat(name).as(item.get("name").asText() + " in the order of the plan").isGreaterThanOrEqualTo(at);
            at = name;
            assertThat(pdf.text()).contains(dose(item.get("dosage")));
            exercise.steps().forEach(step -> assertThat(pdf.text()).contains(step));
            assertThat(pdf.text()).contains("Breathing: " + exercise.breathing().replaceAll("\\s+", " "));
            if (!item.get("keyCaution").isNull()) {
                anyCaution = true;
                assertThat(pdf.text()).contains("Take care: " + item.get("keyCaution").asText());
            }
        }
        assertThat(anyCaution).as("with osteoporosis some exercise has a key caution").isTrue();
        assertThat(pdf.text()).contains("When to get help.", "Not medical advice. " + server.catalog().guide().notice());
        assertThat(pdf.pages()).allSatisfy(p -> {
            assertThat(p.width() / 72 * 25.4).as("A4 by default").isCloseTo(210, offset(1.0));
            assertThat(p.height() / 72 * 25.4).isCloseTo(297, offset(1.0));
        });
    }

    @Test
    void theFiguresAreVectorDrawingsAndThereIsNoImage() {
        PdfDrawing pdf = PdfDrawing.read(Forms.download(server, "/plans/" + planId + "/handout.pdf").body());

        assertThat(pdf.fillsOf(BODY_FILL)).as("body parts filled as paths in the figures' colour").isGreaterThan(10);
        assertThat(pdf.imagesHeld()).isZero();
        assertThat(pdf.imagesDrawn()).isZero();
    }

    @Test
    void paperLetterGivesUsLetterPages() {
        HttpResponse<byte[]> answer = Forms.download(server, "/plans/" + planId + "/handout.pdf?paper=letter");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(PdfDrawing.read(answer.body()).pages()).allSatisfy(p -> {
            assertThat(p.width()).isCloseTo(612f, offset(1f));
            assertThat(p.height()).isCloseTo(792f, offset(1f));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"a5", "legal", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "a4%00", "", "letter%0D%0AX-Injected:%201",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void anyOtherPaperIsRefusedNamingPaper(String paper) throws Exception {
        String path = "/plans/" + planId + "/handout.pdf?paper=" + paper;

        HttpResponse<String> api = server.send("GET", path, null, Map.of("Accept", "application/json"));
        HttpResponse<String> browser = server.send("GET", path, null, Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));

        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(api.body());
        assertThat(problem.get("field").asText()).isEqualTo("paper");
        assertThat(problem.get("detail").asText()).doesNotContain("<script>");
        if (!paper.contains("%00")) {
            assertThat(problem.get("detail").asText()).as("what paper can be").contains("a4", "letter");
            assertThat(browser.body()).as("a way back to the routine").contains("href=\"/plans/" + planId + "\"");
        }
        assertThat(api.headers().map()).doesNotContainKey("x-injected");
        assertThat(browser.statusCode()).isEqualTo(400);
        assertThat(browser.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(browser.body()).doesNotContain("<script>alert");
    }

    @Test
    void anUnknownPlanHasNoHandout() {
        assertThat(server.get("/plans/00000000-0000-0000-0000-000000000000/handout.pdf").statusCode()).isEqualTo(404);
        assertThat(server.get("/plans/not-a-plan/handout.pdf?paper=letter").statusCode()).isEqualTo(404);
    }

    @Test
    void inAccountsModeOnlyTheOwnerCanPrintAPlan() throws Exception {
        try (RunningServer accounts = RunningServer.startWithAccounts()) {
            Person a = Person.signUp(accounts, "a@example.org", "Person A");
            Person b = Person.signUp(accounts, "b@example.org", "Person B");
            String id = Person.idOf(a.send("POST", "/api/plans", "{\"minutes\": 5, \"place\": \"desk\"}"));
            String handout = "/plans/" + id + "/handout.pdf";

            HttpResponse<String> own = a.get(handout);
            assertThat(own.statusCode()).isEqualTo(200);
            assertThat(own.headers().firstValue("Content-Type")).hasValue("application/pdf");
            for (String path : List.of(handout, handout + "?paper=letter", handout + "?paper=a5")) {
                assertThat(b.get("/plans/" + id).statusCode()).as("the plan's page").isEqualTo(404);
                assertThat(b.get(path).statusCode()).as(path).isEqualTo(404);
                HttpResponse<String> signedOut = accounts.get(path);
                assertThat(signedOut.statusCode()).as("signed out: to the sign-in page").isEqualTo(303);
                assertThat(signedOut.headers().firstValue("Location").orElseThrow()).startsWith("/sign-in");
            }
        }
    }

    /** The dose in the words of the routine page, from the plan's JSON. */
    private static String dose(JsonNode d) {
        int amount = d.get("amount").asInt();
        String unit = switch (d.get("unit").asText()) {
            case "reps" -> amount == 1 ? "repetition" : "repetitions";
            case "seconds" -> "seconds";
            case "breaths" -> amount == 1 ? "breath" : "breaths";
            default -> amount == 1 ? "minute" : "minutes";
        };
        int sets = d.get("sets").asInt();
        return amount + " " + unit + (d.get("perSide").asBoolean() ? " on each side" : "") + (sets > 1 ? ", " + sets + " times" : "");
    }
}
