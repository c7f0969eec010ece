package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Clock;
import com.microsoft.playwright.Page;
import dev.midback.testing.HeadlessChromium;
import dev.midback.testing.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guided session in headless Chromium under Playwright's clock: cue times, pause, skip, the pain stop, the journal entry. */
class PlayerBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RunningServer server;
    private static HeadlessChromium chromium;
    private static Browser browser;

    private BrowserContext context;
    private Page page;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private String planId;
    private JsonNode timeline;

    @BeforeAll
    static void launch() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        server = RunningServer.start();
        chromium = HeadlessChromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openPlayer() throws Exception {
        planId = Person.idOf(server.post("/api/plans", "{\"minutes\": 2, \"place\": \"floor\"}"));
        timeline = JSON.readTree(server.get("/api/plans/" + planId + "/timeline").body());
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 640));
        page = context.newPage();
        page.onRequest(request -> requests.add(request.url()));
        page.clock().install(new Clock.InstallOptions().setTime("2026-03-02T08:00:00Z"));
        page.navigate(server.url("/play/" + planId));
        page.waitForSelector("#player[data-ready=true]");
    }

    @AfterEach
    void closePage() {
        context.close();
        assertThat(requests).as("every request stays on the app's own server")
                .allSatisfy(url -> assertThat(url).startsWith(server.url("/")));
    }

    private void begin(int pain) {
        page.locator("#pain-before").fill(String.valueOf(pain));
        page.locator("#before-form button").click();
        assertThat(page.locator("#run").isVisible()).isTrue();
    }

    /** Moves the player's clock to a point of the routine, as if it had played there. */
    private void jumpTo(int elapsedMs) {
        page.evaluate("(ms) => { window.midbackPlayer.clock.jumpTo(ms); window.midbackPlayer.tick(); }", elapsedMs);
    }

    private List<Integer> exerciseStarts() {
        List<Integer> starts = new ArrayList<>();
        JsonNode cues = timeline.get("cues");
        for (int i = 0; i < cues.size(); i++) {
            String id = cues.get(i).get("exerciseId").asText(null);
            if (id != null && (i == 0 || !id.equals(cues.get(i - 1).get("exerciseId").asText(null)))) {
                starts.add(i);
            }
        }
        return starts;
    }

    private List<String> exercises() {
        List<String> ids = new ArrayList<>();
        timeline.get("cues").forEach(c -> {
            String id = c.get("exerciseId").asText(null);
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** The player's log of cues shown: index, elapsed ms on its clock, and whether it came by a jump. */
    private JsonNode log() throws Exception {
        return JSON.readTree((String) page.evaluate("JSON.stringify(window.midbackPlayer.log)"));
    }

    private void assertOnSchedule(JsonNode log, boolean includeJumps) {
        JsonNode cues = timeline.get("cues");
        for (JsonNode shown : log) {
            if (shown.get("jumped").asBoolean() && !includeJumps) {
                continue;
            }
            double scheduled = cues.get(shown.get("index").asInt()).get("at").asDouble() * 1000;
            assertThat(shown.get("elapsedMs").asDouble()).as("cue " + shown.get("index") + " on time")
                    .isBetween(scheduled, scheduled + 100);
        }
    }

    private JsonNode entriesOfThisPlan() throws Exception {
        JsonNode all = JSON.readTree(server.get("/api/journal").body());
        List<JsonNode> mine = new ArrayList<>();
        all.forEach(e -> {
            if (planId.equals(e.path("planId").asText())) {
                mine.add(e);
            }
        });
        return JSON.valueToTree(mine);
    }

    private void saveAfter(String painAfter, String stiffness, String note) {
        page.locator("#pain-after").fill(painAfter);
        if (stiffness != null) {
            page.locator("#stiffness").fill(stiffness);
        }
        page.locator("#notes").fill(note);
        page.locator("#after-form button[type=submit]").click();
        page.waitForCondition(() -> page.locator("#saved").isVisible());
    }

    @Test
    void aShortRoutinePlaysEndToEndOnScheduleAndIsSavedOnce() throws Exception {
        int total = timeline.get("totalSeconds").asInt();
        assertThat(total).isBetween(60, 180);
        begin(3);
        JsonNode first = timeline.get("cues").get(0);
        assertThat(first.get("text").asText()).startsWith(page.locator("#cue-text").textContent());
        assertThat(page.locator("#announce").getAttribute("aria-live")).isEqualTo("polite");
        assertThat(page.locator("#announce").textContent()).contains(first.get("text").asText());
        page.clock().runFor(3_500);
        assertThat(page.locator("#countdown").textContent())
                .isEqualTo(String.valueOf((int) Math.ceil(first.get("seconds").asDouble() - 3.5)));
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(360);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-player.png")).setFullPage(true));

        page.clock().runFor(total * 1000L);
        JsonNode log = log();
        assertThat(log.size()).as("every cue shown once").isEqualTo(timeline.get("cues").size());
        assertOnSchedule(log, false);
        assertThat(page.locator("#after").isVisible()).isTrue();

        saveAfter("1", "2", "Felt looser afterwards");
        assertThat(page.locator("#saved").textContent()).isEqualTo("Saved.");
        assertThat(page.locator("#saved-links a[href='/history']").count()).isEqualTo(1);
        page.evaluate("async () => { const m = await import('/static/js/player.js'); await m.flushJournal(); }");
        JsonNode entries = entriesOfThisPlan();
        assertThat(entries.size()).as("saved once").isEqualTo(1);
        JsonNode entry = entries.get(0);
        assertThat(entry.get("painBefore").asInt()).isEqualTo(3);
        assertThat(entry.get("painAfter").asInt()).isEqualTo(1);
        assertThat(entry.get("stiffness").asInt()).isEqualTo(2);
        assertThat(entry.get("stoppedForPain").asBoolean()).isFalse();
        List<String> done = new ArrayList<>();
        entry.get("items").forEach(i -> assertThat(i.get("done").asBoolean()).as(i.toString()).isTrue());
        entry.get("items").forEach(i -> done.add(i.get("exerciseId").asText()));
        assertThat(done).isEqualTo(exercises());
        assertThat(page.evaluate("localStorage.getItem('midback.journal.pending')")).isEqualTo("[]");
    }

    @Test
    void pauseAndResumeKeepTheRemainingCuesOnTheirSpacing() throws Exception {
        int total = timeline.get("totalSeconds").asInt();
        // the page's time moves only when the test says, so a slow machine cannot add to the measured spans
        page.clock().pauseAt("2026-03-02T08:05:00Z");
        begin(2);
        page.clock().runFor(10_000);
        String countdown = page.locator("#countdown").textContent();
        int shownBefore = log().size();
        page.keyboard().press("Space");
        assertThat(page.locator("#pause").textContent()).isEqualTo("Resume");
        page.clock().runFor(30_000);
        assertThat(page.locator("#countdown").textContent()).as("frozen while paused").isEqualTo(countdown);
        assertThat(log().size()).as("no cue while paused").isEqualTo(shownBefore);
        double resumedAt = ((Number) page.evaluate("performance.now()")).doubleValue();
        double elapsedAtResume = ((Number) page.evaluate("window.midbackPlayer.elapsed()")).doubleValue();
        assertThat(elapsedAtResume).isBetween(9_900.0, 10_100.0);
        page.keyboard().press("Space");
        assertThat(page.locator("#pause").textContent()).isEqualTo("Pause");
        page.clock().runFor(total * 1000L);
        JsonNode log = log();
        assertThat(log.size()).isEqualTo(timeline.get("cues").size());
        assertOnSchedule(log, false);
        double finishedAt = ((Number) page.evaluate("window.midbackPlayer.pausedAt")).doubleValue();
        assertThat(finishedAt - resumedAt).as("the rest took its scheduled time after resuming")
                .isBetween(total * 1000 - elapsedAtResume, total * 1000 - elapsedAtResume + 100);
    }

    @Test
    void skipJumpsToTheNextExerciseAndBackReturns() throws Exception {
        List<Integer> starts = exerciseStarts();
        assertThat(starts.size()).isGreaterThanOrEqualTo(2);
        JsonNode cues = timeline.get("cues");
        begin(2);
        page.clock().runFor(2_000);
        page.keyboard().press("ArrowRight");
        JsonNode last = log().get(log().size() - 1);
        assertThat(last.get("index").asInt()).isEqualTo(starts.get(1));
        assertThat(last.get("jumped").asBoolean()).isTrue();
        assertThat(cues.get(starts.get(1)).get("text").asText()).startsWith(page.locator("#cue-text").textContent());
        page.keyboard().press("ArrowLeft");
        assertThat(log().get(log().size() - 1).get("index").asInt()).isEqualTo(starts.get(0));
        page.locator("#skip").click();
        assertThat(log().get(log().size() - 1).get("index").asInt()).isEqualTo(starts.get(1));
        // after the jump the cues keep to the schedule from the new place
        page.clock().runFor(timeline.get("totalSeconds").asInt() * 1000L);
        assertOnSchedule(log(), true);
        saveAfter("2", "3", "");
        JsonNode items = entriesOfThisPlan().get(0).get("items");
        assertThat(items.get(0).get("done").asBoolean()).as("the skipped exercise").isFalse();
        for (int i = 1; i < items.size(); i++) {
            assertThat(items.get(i).get("done").asBoolean()).isTrue();
        }
    }

    @Test
    void swapPlaysAnotherExerciseInThePlaceOfTheRest() throws Exception {
        planId = Person.idOf(server.post("/api/plans", "{\"minutes\": 10, \"place\": \"floor\", \"props\": [\"mat\", \"chair\"]}"));
        timeline = JSON.readTree(server.get("/api/plans/" + planId + "/timeline").body());
        page.navigate(server.url("/play/" + planId));
        page.waitForSelector("#player[data-ready=true]");
        begin(2);
        page.clock().runFor(1_000);
        page.keyboard().press("ArrowRight");
        String skippedTo = page.locator("#current-name").textContent();
        page.locator("#swap").click();
        page.waitForFunction("() => document.querySelector('#cue-text').textContent.startsWith('Instead: ')");
        assertThat(page.locator("#current-name").textContent()).isNotEqualTo(skippedTo);
        page.clock().runFor(timeline.get("totalSeconds").asInt() * 1000L);
        saveAfter("1", "2", "");
        JsonNode items = entriesOfThisPlan().get(0).get("items");
        assertThat(items.findValuesAsText("exerciseId")).hasSizeGreaterThan(2);
        long notDone = 0;
        for (JsonNode item : items) {
            notDone += item.get("done").asBoolean() ? 0 : 1;
        }
        assertThat(notDone).as("the warm-up skipped and the swapped-out exercise").isEqualTo(2);
    }

    @Test
    void thisHurtsStopsAtOnceAndRecordsAPainStop() throws Exception {
        begin(4);
        page.clock().runFor(5_000);
        int shown = log().size();
        page.locator("#hurts").click();
        assertThat(page.locator("#run").isVisible()).isFalse();
        assertThat(page.locator("#stopped").isVisible()).isTrue();
        assertThat(page.locator("#stopped").textContent()).contains("physiotherapist");
        page.clock().runFor(60_000);
        assertThat(log().size()).as("nothing plays after the stop").isEqualTo(shown);
        saveAfter("7", null, "Sharp twinge");
        JsonNode entries = entriesOfThisPlan();
        assertThat(entries.size()).isEqualTo(1);
        assertThat(entries.get(0).get("stoppedForPain").asBoolean()).isTrue();
        assertThat(entries.get(0).get("painAfter").asInt()).isEqualTo(7);
        entries.get(0).get("items").forEach(i -> assertThat(i.get("done").asBoolean()).isFalse());
    }

    @Test
    void aSessionPlaysOfflineAndItsEntryIsSentOnceTheNetworkReturns() throws Exception {
        page.waitForCondition(() -> "ready".equals(page.locator("#player").getAttribute("data-offline"))
                && Boolean.TRUE.equals(page.evaluate("navigator.serviceWorker.controller !== null")));
        context.setOffline(true);
        page.reload();
        page.waitForSelector("#player[data-ready=true]");
        assertThat(page.locator("#player").getAttribute("data-plan-id")).isEqualTo(planId);
        begin(2);
        page.clock().runFor((timeline.get("totalSeconds").asInt() + 1) * 1000L);
        assertThat(page.locator("#after").isVisible()).isTrue();
        saveAfter("1", "1", "On the train");
        assertThat(page.locator("#saved").textContent()).contains("when you are back online");
        assertThat(entriesOfThisPlan().size()).as("nothing reached the server while offline").isZero();
        assertThat(JSON.readTree((String) page.evaluate("localStorage.getItem('midback.journal.pending')")).size()).isEqualTo(1);

        context.setOffline(false);
        page.waitForCondition(() -> "[]".equals(page.evaluate("localStorage.getItem('midback.journal.pending')")));
        page.evaluate("async () => { const m = await import('/static/js/player.js'); await m.flushJournal(); }");
        JsonNode entries = entriesOfThisPlan();
        assertThat(entries.size()).as("sent once").isEqualTo(1);
        assertThat(entries.get(0).get("notes").asText()).isEqualTo("On the train");
    }

    @Test
    void theFigureFollowsTheBreath() {
        JsonNode cues = timeline.get("cues");
        int moving = -1;
        for (int i = 0; i < cues.size() && moving < 0; i++) {
            JsonNode figure = cues.get(i).path("figure");
            if (cues.get(i).get("kind").asText().startsWith("breathe") && figure.isObject()
                    && figure.get("from").asInt() != figure.get("to").asInt() && cues.get(i).get("seconds").asInt() >= 3) {
                moving = i;
            }
        }
        assertThat(moving).as("a breath that moves the body in the short routine").isNotNegative();
        JsonNode cue = cues.get(moving);
        begin(1);
        page.clock().runFor(cue.get("at").asLong() * 1000 + 100);
        assertThat(page.locator("#cue-text").textContent()).isEqualTo(cue.get("text").asText());
        assertThat(page.locator("#figure").getAttribute("data-from")).isEqualTo(cue.get("figure").get("from").asText());
        assertThat(page.locator("#figure").getAttribute("data-step")).as("the movement starts at its beginning").isEqualTo("0");
        page.clock().runFor(cue.get("seconds").asLong() * 500);
        int middle = Integer.parseInt(page.locator("#figure").getAttribute("data-step"));
        assertThat(middle).as("halfway through the breath the body is halfway").isBetween(4, 8);
        assertThat(page.locator("#figure svg g[data-step]:not([display=none])").count()).as("one position shown").isEqualTo(1);
        page.clock().runFor(cue.get("seconds").asLong() * 500 - 150);
        assertThat(page.locator("#figure").getAttribute("data-frame")).as("at the end of the breath, the frame it moves to")
                .isEqualTo(cue.get("figure").get("to").asText());
    }

    @Test
    void thisHurtsStaysInViewAtPhoneSizeThroughEveryKindOfCue() {
        JsonNode cues = timeline.get("cues");
        begin(2);
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < cues.size() - 1; i++) {
            JsonNode cue = cues.get(i);
            if (kinds.contains(cue.get("kind").asText())) {
                continue;
            }
            kinds.add(cue.get("kind").asText());
            jumpTo(cue.get("at").asInt() * 1000 + 200);
            assertThat(cue.get("text").asText()).startsWith(page.locator("#cue-text").textContent());
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-cue-" + cue.get("kind").asText() + ".png")));
            for (String control : List.of("#hurts", "#pause", "#skip", "#back", "#swap")) {
                var box = page.locator(control).boundingBox();
                assertThat(box.y).as(control + " during a " + cue.get("kind").asText() + " cue").isGreaterThanOrEqualTo(0);
                assertThat(box.y + box.height).as(control + " inside the 640 px screen").isLessThanOrEqualTo(640);
                assertThat(box.height).as(control + " is a big enough target").isGreaterThanOrEqualTo(44);
            }
        }
        assertThat(kinds).contains("move", "breathe-in", "breathe-out");
    }

    @Test
    void pausedIsUnmistakableAndAnnounced() {
        begin(2);
        page.clock().runFor(3_000);
        page.locator("#pause").click();
        assertThat(page.locator("#paused").isVisible()).isTrue();
        assertThat(page.locator("#paused").textContent()).contains("Paused");
        assertThat(page.locator("#pause").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(page.locator("#announce").textContent()).startsWith("Paused");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-paused.png")));
        page.locator("#pause").click();
        assertThat(page.locator("#paused").isVisible()).isFalse();
    }

    @Test
    void gettingIntoPositionShowsTheFirstStepsAndTheFullStepsAreOneTapAway() throws Exception {
        JsonNode exercise = JSON.readTree(server.get("/api/exercises/" + timeline.get("cues").get(0).get("exerciseId").asText()).body());
        begin(2);
        assertThat(page.locator("#setup").isVisible()).isTrue();
        assertThat(page.locator("#setup-steps li").first().textContent()).isEqualTo(exercise.get("steps").get(0).asText());
        page.locator("#how").click();
        assertThat(page.locator("#how-dialog").isVisible()).isTrue();
        assertThat(page.locator("#how-steps li").count()).isEqualTo(exercise.get("steps").size());
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-how.png")));
        page.locator("#how-close").click();
        assertThat(page.locator("#how-dialog").isVisible()).isFalse();
        int work = -1;
        JsonNode cues = timeline.get("cues");
        for (int i = 0; i < cues.size() && work < 0; i++) {
            work = cues.get(i).get("kind").asText().startsWith("breathe") ? i : -1;
        }
        page.clock().runFor(cues.get(work).get("at").asLong() * 1000 + 100);
        assertThat(page.locator("#setup").isVisible()).as("the steps make room once the work starts").isFalse();
    }

    @Test
    void theKeyCautionForThePersonIsOnScreenWhileGettingIntoPosition() throws Exception {
        planId = Person.idOf(server.post("/api/plans",
                "{\"minutes\": 10, \"place\": \"floor\", \"props\": [\"mat\"], \"answers\": {\"osteoporosis\": true}}"));
        JsonNode plan = JSON.readTree(server.get("/api/plans/" + planId).body());
        JsonNode first = plan.get("items").get(0);
        page.navigate(server.url("/play/" + planId));
        page.waitForSelector("#player[data-ready=true]");
        begin(2);
        if (first.hasNonNull("keyCaution")) {
            assertThat(page.locator("#setup-caution").isVisible()).isTrue();
            assertThat(page.locator("#setup-caution").textContent()).isEqualTo("Take care: " + first.get("keyCaution").asText());
            var caution = page.locator("#setup-caution").boundingBox();
            assertThat(caution.y + caution.height).as("the caution is on screen above the controls")
                    .isLessThanOrEqualTo(page.locator(".player-bar").boundingBox().y);
        }
        boolean anyCaution = false;
        for (JsonNode item : plan.get("items")) {
            anyCaution |= item.hasNonNull("keyCaution");
        }
        assertThat(anyCaution).as("osteoporosis brings cautions to the plan").isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-caution.png")));
    }

    @Test
    void aHeldTwistKeepsItsTurnedFrameAndTheLeftSideIsMirrored() throws Exception {
        planId = Person.idOf(server.post("/api/plans", "{\"minutes\": 5, \"place\": \"desk\", \"props\": [\"chair\"]}"));
        timeline = JSON.readTree(server.get("/api/plans/" + planId + "/timeline").body());
        JsonNode cues = timeline.get("cues");
        List<Integer> held = new ArrayList<>();
        int leftMove = -1;
        for (int i = 0; i < cues.size(); i++) {
            JsonNode cue = cues.get(i);
            if ("seated-twist".equals(cue.get("exerciseId").asText(null)) && cue.get("kind").asText().startsWith("breathe")) {
                if (cue.get("figure").get("from").asInt() == 1 && cue.get("figure").get("to").asInt() == 1) {
                    held.add(i);
                }
                if ("left".equals(cue.get("side").asText(null)) && cue.get("figure").get("to").asInt() == 1 && leftMove < 0) {
                    leftMove = i;
                }
            }
        }
        assertThat(held).as("the desk routine holds the seated twist").hasSizeGreaterThan(2);
        page.navigate(server.url("/play/" + planId));
        page.waitForSelector("#player[data-ready=true]");
        begin(2);
        for (int i : held) {
            jumpTo(cues.get(i).get("at").asInt() * 1000 + 300);
            page.waitForCondition(() -> "1".equals(page.locator("#figure").getAttribute("data-frame")));
            assertThat(page.locator("#figure").getAttribute("data-frame")).as("turned through the hold: " + cues.get(i).get("text"))
                    .isEqualTo("1");
            boolean left = "left".equals(cues.get(i).get("side").asText(null));
            assertThat(page.locator("#figure").getAttribute("class")).as("mirrored on the left only")
                    .satisfies(c -> assertThat(c.contains("mirrored")).isEqualTo(left));
            assertThat(page.locator("#current-side").textContent()).isEqualTo(left ? "left side" : "right side");
        }
        assertThat(cues.get(leftMove).get("text").asText()).contains("left");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-twist-left.png")));
    }

    @Test
    void swapIsOfferedOrDisabledWithItsReasonInView() throws Exception {
        JsonNode plan = JSON.readTree(server.get("/api/plans/" + planId).body());
        JsonNode cues = timeline.get("cues");
        begin(2);
        for (int start : exerciseStarts()) {
            String id = cues.get(start).get("exerciseId").asText();
            JsonNode item = null;
            for (JsonNode candidate : plan.get("items")) {
                item = id.equals(candidate.get("exerciseId").asText()) ? candidate : item;
            }
            jumpTo(cues.get(start).get("at").asInt() * 1000 + 200);
            boolean offered = item == null || !item.has("swaps") || !item.get("swaps").isEmpty();
            assertThat(page.locator("#swap").isEnabled()).as("swap for " + id).isEqualTo(offered);
            if (!offered) {
                assertThat(page.locator("#swap-note").isVisible()).isTrue();
                assertThat(page.locator("#swap-note").textContent()).isEqualTo(item.get("noSwapReason").asText());
                var note = page.locator("#swap-note").boundingBox();
                assertThat(note.y + note.height).as("the reason is on screen").isLessThanOrEqualTo(640);
            }
        }
    }

    @Test
    void theFormShowsTheStoredPlanWhoseStartOpensThePlayer() {
        page.navigate(server.url("/plan/new?minutes=2&place=floor&level=beginner&pain=1"));
        page.locator("form[action='/plans'] button[type=submit]").click();
        page.waitForURL(url -> url.matches(".*/plans/[^/]+$"));
        String id = page.url().substring(page.url().lastIndexOf('/') + 1);
        page.locator("a.start-button").click();
        page.waitForURL(url -> url.endsWith("/play/" + id));
        page.waitForSelector("#player[data-ready=true]");
        assertThat(page.locator("#pain-before").inputValue()).as("the pain given in the form, not asked again").isEqualTo("1");
        assertThat(page.locator("#run").isVisible()).as("nothing plays before Begin").isFalse();
        page.locator("#before-form button").click();
        assertThat(page.locator("#run").isVisible()).isTrue();
    }

    @Test
    void spaceOnAFocusedButtonPressesThatButton() throws Exception {
        List<Integer> starts = exerciseStarts();
        begin(1);
        page.locator("#skip").focus();
        page.keyboard().press("Space");
        assertThat(log().get(log().size() - 1).get("index").asInt()).isEqualTo(starts.get(1));
        assertThat(page.locator("#pause").textContent()).as("not paused").isEqualTo("Pause");
    }

    @Test
    void theMuteSwitchIsRemembered() {
        begin(1);
        page.locator("#mute").check();
        page.reload();
        page.waitForSelector("#player[data-ready=true]");
        assertThat(page.locator("#mute").isChecked()).isTrue();
    }
}
