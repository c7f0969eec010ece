package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.midback.catalog.Exercise;
import dev.midback.testing.RunningServer;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

/** The pages and the JSON API, over HTTP against the real server on a random port. */
class WebServerTest {

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
    void libraryListsEveryExerciseWithItsFigureAndTheNotice() {
        HttpResponse<String> page = server.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/html", "utf-8"));
        for (Exercise e : server.catalog().exercises()) {
            assertThat(page.body()).contains(">" + html(e.name()) + "</a>", "/exercises/" + e.id() + "/figure.svg?frame=0");
        }
        assertThat(page.body()).contains("<main", "<nav", "<header", "<footer", "Not medical advice", "<label for=\"q\"");
    }

    @Test
    void libraryFiltersByPropsOwnedWithoutJavaScript() {
        String body = server.get("/?have=foam-roller").body();
        assertThat(body).contains("Foam rolling the upper back", "Cat-cow");
        assertThat(body).doesNotContain(">Seated twist</a>", ">Band row</a>");
        assertThat(body).contains("value=\"foam-roller\" checked");
    }

    @Test
    void libraryWithNothingOwnedShowsOnlyWhatNeedsNoProps() {
        String body = server.get("/?have=none").body();
        assertThat(body).contains(">Cat-cow</a>").doesNotContain(">Passive backbend");
    }

    @ParameterizedTest
    @CsvSource({"position=seated-chair,Seated twist,Cobra", "movement=rotation,Thread the needle,Cobra",
            "level=advanced,Wheel,Cat-cow", "q=camel,Cat-cow,Cobra"})
    void libraryFiltersByPositionMovementLevelAndName(String query, String shown, String hidden) {
        String body = server.get("/?" + query).body();
        assertThat(body).contains(">" + shown).doesNotContain(">" + hidden + "</a>");
    }

    @Test
    void libraryRefusesAnUnknownFilterValueWithoutFailing() {
        HttpResponse<String> page = server.get("/?position=upside-down");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("upside-down", "standing");
    }

    @Test
    void exercisePageShowsFiguresStepsDoseBreathingCautionsVariantsAndSources() {
        HttpResponse<String> page = server.get("/exercises/cat-cow");
        assertThat(page.statusCode()).isEqualTo(200);
        Exercise catCow = server.catalog().require("cat-cow");
        assertThat(page.body()).contains("<h1>Cat-cow</h1>", "/exercises/cat-cow/figure.svg?frame=1",
                html(catCow.steps().get(0)), html(catCow.breathing()), html(catCow.cautions().get(0)),
                "5 repetitions", "3-10 repetitions", "<cite class=\"article\">5 Stretches to Release and Relieve Your Mid Back</cite>",
                "<cite class=\"article\">Stretches for Mid Back Pain</cite>", "alt=\"Cat-cow, position 1 of 2");
        assertThat(page.body()).as("sources by the article's title, not its file name").doesNotContain("_7ad20e7dda706a17");
        String backbend = server.get("/exercises/passive-backbend").body();
        assertThat(backbend).contains("/exercises/passive-backbend-foam-roller", "harder");
    }

    @Test
    void exerciseAliasRedirectsToItsPage() {
        HttpResponse<String> page = server.get("/exercises/cat-camel");
        assertThat(page.statusCode()).isEqualTo(301);
        assertThat(page.headers().firstValue("Location")).hasValue("/exercises/cat-cow");
    }

    @Test
    void unknownExercisePageIsA404ThatSuggests() {
        HttpResponse<String> page = server.get("/exercises/cobar");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("cobra", "Back to the exercises");
    }

    @Test
    void guideHasPrecautionsWarmUpTipsAndQuestions() {
        String body = server.get("/guide").body();
        assertThat(body).contains("id=\"precautions\"", "id=\"warm-up\"", "id=\"tips\"", "id=\"faq\"");
        server.catalog().guide().sections().forEach(s -> assertThat(body).contains(html(s.title())));
    }

    @Test
    void figureIsWellFormedSvgWithATitle() throws Exception {
        HttpResponse<String> svg = server.get("/exercises/bridge/figure.svg?frame=1");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg.body())));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(document.getElementsByTagName("title").item(0).getTextContent()).startsWith("Bridge");
    }

    @ParameterizedTest
    @ValueSource(strings = {"frame=9", "frame=-1", "frame=abc"})
    void figureRefusesAFrameThatIsNotThere(String query) {
        assertThat(server.get("/exercises/bridge/figure.svg?" + query).statusCode()).isEqualTo(400);
    }

    @Test
    void apiListsExercisesAsDesigned() throws Exception {
        HttpResponse<String> response = server.get("/api/exercises");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode all = json.readTree(response.body());
        assertThat(all.size()).isEqualTo(server.catalog().exercises().size());
        assertThat(all.get(0).has("dosage")).isTrue();
    }

    @Test
    void apiFiltersLikeTheLibrary() throws Exception {
        JsonNode desk = json.readTree(server.get("/api/exercises?position=seated-chair").body());
        assertThat(desk).isNotEmpty().allSatisfy(e -> assertThat(e.get("position").asText()).isEqualTo("seated-chair"));
    }

    @Test
    void apiGivesOneExerciseByAliasAnyCase() throws Exception {
        HttpResponse<String> response = server.get("/api/exercises/CAT-CAMEL");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode catCow = json.readTree(response.body());
        assertThat(catCow.get("id").asText()).isEqualTo("cat-cow");
        assertThat(catCow.get("figures").get(1).get("url").asText()).isEqualTo("/exercises/cat-cow/figure.svg?frame=1");
    }

    @Test
    void apiAnswersAnUnknownExerciseWithA404Problem() throws Exception {
        HttpResponse<String> response = server.get("/api/exercises/nope");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("field").asText()).isEqualTo("id");
        assertThat(problem.get("detail").asText()).contains("nope");
    }

    @Test
    void apiAnswersABadFilterWithA400ProblemNamingTheField() throws Exception {
        HttpResponse<String> response = server.get("/api/exercises?have=kettlebell");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("field").asText()).isEqualTo("have");
        assertThat(problem.get("detail").asText()).contains("kettlebell");
    }

    @Test
    void unknownApiPathIsAProblemToo() {
        HttpResponse<String> response = server.get("/api/nothing-here");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void healthReportsTheDatabase() throws Exception {
        HttpResponse<String> response = server.get("/health");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = json.readTree(response.body());
        assertThat(health.get("status").asText()).isEqualTo("up");
        assertThat(health.get("database").get("dialect").asText()).isEqualTo("sqlite");
    }

    @Test
    void openApiDocumentDescribesTheExercises() throws Exception {
        JsonNode doc = json.readTree(server.get("/api/openapi.json").body());
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("paths").has("/api/exercises/{id}")).isTrue();
    }

    @Test
    void pagesLoadNothingFromOtherSites() {
        for (String path : new String[] {"/", "/exercises/bridge", "/exercises/seated-chest-opener", "/guide"}) {
            HttpResponse<String> page = server.get(path);
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
            Matcher tags = Pattern.compile("<(\\w+)\\b[^>]*\\b(?:src|href)=\"([^\"]+)\"[^>]*>").matcher(page.body());
            while (tags.find()) {
                String tag = tags.group(0);
                boolean external = tags.group(2).matches("^(https?:)?//.*");
                if (tags.group(1).equals("a")) {
                    // A link to a cited source is followed only when clicked, and gives the other site no hold on this one.
                    assertThat(!external || tag.contains("rel=\"noopener\"")).as("%s on %s", tag, path).isTrue();
                } else {
                    assertThat(external).as("%s on %s loads from another site", tag, path).isFalse();
                }
            }
        }
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
