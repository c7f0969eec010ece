package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.midback.testing.HeadlessChromium;
import dev.midback.testing.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person in headless Chromium, with JavaScript off (the pages must not need it): corrects a
 * session, deletes one, and reads the progress charts and tables, at desk and phone widths.
 */
class HistoryBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static RunningServer server;
    private static HeadlessChromium chromium;
    private static Browser browser;

    @BeforeAll
    static void launch() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        server = RunningServer.start();
        add(19, 6, 5, false, "morning, stiff", "{\"exerciseId\": \"cat-cow\", \"done\": true, \"amount\": 5}, "
                + "{\"exerciseId\": \"cobra\", \"done\": true, \"amount\": 2}");
        add(16, 6, 4, false, "after work", "{\"exerciseId\": \"cat-cow\", \"done\": true, \"amount\": 5}, "
                + "{\"exerciseId\": \"cobra\", \"done\": true, \"amount\": 2}");
        add(12, 5, 5, true, "twinge in the cobra", "{\"exerciseId\": \"cat-cow\", \"done\": true, \"amount\": 6}, "
                + "{\"exerciseId\": \"cobra\", \"done\": false, \"amount\": 3}");
        add(5, 4, 2, false, "felt looser", "{\"exerciseId\": \"cat-cow\", \"done\": true, \"amount\": 6}, "
                + "{\"exerciseId\": \"cobra\", \"done\": true, \"amount\": 3}");
        add(2, 3, 2, false, "a wrong entry", "{\"exerciseId\": \"cat-cow\", \"done\": true, \"amount\": 7}");
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

    @Test
    void correctASessionThenSeeTheChangeInTheHistory() {
        try (BrowserContext context = withoutScripts(1100, 900)) {
            Page page = context.newPage();
            page.navigate(server.url("/history"));
            Locator entry = page.locator("li.history-entry", new Page.LocatorOptions().setHasText("after work"));
            assertThat(entry.textContent()).contains("6", "4", "Cat-cow", "Cobra");

            entry.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit")).click();
            page.waitForURL("**/edit");
            assertThat(page.getByLabel("Pain before the session").inputValue()).isEqualTo("6");
            page.getByLabel("Pain after the session").fill("2");
            page.getByLabel("Notes").fill("after work, much better");
            page.getByLabel("Cobra (2 breaths)").uncheck();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();

            page.waitForURL("**/history?saved=**");
            assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("Your changes are saved.");
            Locator changed = page.locator("li.history-entry", new Page.LocatorOptions().setHasText("after work, much better"));
            assertThat(changed.getAttribute("class")).contains("highlighted");
            assertThat(changed.locator("dd").first().textContent()).contains("6", "2", "(down 4)");
            assertThat(changed.textContent()).containsPattern("Skipped\\s*Cobra");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("history.png")).setFullPage(true));
        }
    }

    @Test
    void aBadValueIsExplainedBesideItsField() {
        try (BrowserContext context = withoutScripts(1100, 900)) {
            Page page = context.newPage();
            page.navigate(server.url("/history"));
            page.locator("li.history-entry", new Page.LocatorOptions().setHasText("morning, stiff"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit")).click();
            page.getByLabel("Pain before the session").fill("12");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();

            assertThat(page.locator("#painBefore-error").textContent()).contains("Pain before must be from 0 to 10, not 12");
            assertThat(page.getByLabel("Pain before the session").getAttribute("aria-invalid")).isEqualTo("true");
            page.navigate(server.url("/history"));
            assertThat(page.locator("li.history-entry", new Page.LocatorOptions().setHasText("morning, stiff")).locator("dd").first()
                    .textContent()).contains("6").doesNotContain("12");
        }
    }

    @Test
    void deleteASessionAfterConfirming() {
        try (BrowserContext context = withoutScripts(1100, 900)) {
            Page page = context.newPage();
            page.navigate(server.url("/history"));
            int before = page.locator("li.history-entry").count();
            page.locator("li.history-entry", new Page.LocatorOptions().setHasText("a wrong entry"))
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete")).click();

            page.waitForURL("**/delete**");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent()).isEqualTo("Delete this session?");
            assertThat(page.textContent("main")).contains("a wrong entry");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete this session")).click();

            page.waitForURL("**/history?deleted=1");
            assertThat(page.getByRole(AriaRole.STATUS).textContent()).contains("The session is deleted.");
            assertThat(page.locator("li.history-entry").count()).isEqualTo(before - 1);
            assertThat(page.textContent("main")).doesNotContain("a wrong entry");
        }
    }

    @Test
    void progressShowsTheChartsAndTheirTables() {
        try (BrowserContext context = withoutScripts(1100, 900)) {
            Page page = context.newPage();
            page.navigate(server.url("/progress"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Change in pain")).isVisible()).isTrue();
            Locator charts = page.locator("svg[role=img]");
            assertThat(charts.count()).isGreaterThanOrEqualTo(4);
            for (int i = 0; i < charts.count(); i++) {
                assertThat(charts.nth(i).getAttribute("aria-label")).isNotBlank();
                assertThat(charts.nth(i).boundingBox().width).isGreaterThan(200);
            }
            assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Pain from 0 to 10")).count())
                    .isEqualTo(1);
            Locator tables = page.locator("table.data");
            assertThat(tables.count()).isEqualTo(charts.count());
            assertThat(tables.first().locator("caption").textContent()).contains("Pain");
            assertThat(tables.first().locator("tbody tr").count()).isEqualTo(page.locator("svg.pain-chart circle.dot.before").count());
            assertThat(page.locator("svg.calendar text.symbol").allTextContents()).contains("✓", "!");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("progress.png")).setFullPage(true));
        }
    }

    @Test
    void phoneWidthNeedsNoSidewaysScrolling() {
        try (BrowserContext context = withoutScripts(360, 740)) {
            Page phone = context.newPage();
            for (String path : List.of("/history", "/progress", "/history/" + firstId() + "/edit")) {
                phone.navigate(server.url(path));
                Object width = phone.evaluate("document.documentElement.scrollWidth");
                assertThat(((Number) width).intValue()).as(path).isLessThanOrEqualTo(360);
            }
            phone.navigate(server.url("/progress"));
            phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-progress.png")).setFullPage(true));
        }
    }

    private static BrowserContext withoutScripts(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false).setViewportSize(width, height));
    }

    private static String firstId() {
        try {
            return new ObjectMapper().readTree(server.get("/api/journal").body()).get(0).get("id").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void add(int daysAgo, int before, int after, boolean stopped, String notes, String items) {
        String at = Instant.now().minus(daysAgo, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        var created = server.post("/api/journal", "{\"at\": \"" + at + "\", \"items\": [" + items + "], \"painBefore\": " + before
                + ", \"painAfter\": " + after + ", \"stoppedForPain\": " + stopped + ", \"notes\": \"" + notes + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
}
