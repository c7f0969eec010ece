package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.midback.testing.HeadlessChromium;
import dev.midback.testing.RunningServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A person in headless Chromium: browse the library, filter by a prop, open an exercise, see its figure. */
class BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static RunningServer server;
    private static HeadlessChromium chromium;
    private static Browser browser;

    private Page page;
    private final List<String> requests = new CopyOnWriteArrayList<>();

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
    void openPage() {
        page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1100, 900));
        page.onRequest(request -> requests.add(request.url()));
    }

    @AfterEach
    void closePage() {
        page.close();
        assertThat(requests).as("every request stays on the app's own server")
                .allSatisfy(url -> assertThat(url).startsWith(server.url("/")));
    }

    @Test
    void filterByAPropThenOpenAnExerciseAndSeeItsFigure() {
        page.navigate(server.url("/"));
        assertThat(page.title()).contains("Midback");
        int all = page.locator(".card").count();
        assertThat(all).isEqualTo(server.catalog().exercises().size());

        page.getByLabel("Foam roller").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show exercises")).click();
        page.waitForURL("**have=foam-roller**");
        Locator cards = page.locator(".card");
        assertThat(cards.count()).isBetween(1, all - 1);
        assertThat(page.locator(".count").textContent()).contains("of " + all);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Seated twist").setExact(true)).count()).isZero();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("library-foam-roller.png")).setFullPage(true));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Foam rolling the upper back")).click();
        page.waitForURL("**/exercises/foam-roller-upper-back");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent())
                .isEqualTo("Foam rolling the upper back");
        Locator figure = page.locator(".figures img").first();
        figure.scrollIntoViewIfNeeded();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", figure.elementHandle());
        assertThat(figure.getAttribute("alt")).startsWith("Foam rolling the upper back");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Steps")).isVisible()).isTrue();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cautions")).isVisible()).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("exercise.png")).setFullPage(true));
    }

    @Test
    void movingExerciseShowsEachKeyFrame() {
        page.navigate(server.url("/exercises/cat-cow"));
        Locator frames = page.locator(".figures img");
        assertThat(frames.count()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            page.waitForFunction("img => img.complete && img.naturalWidth > 0", frames.nth(i).elementHandle());
        }
        assertThat(page.locator(".figures figcaption").allTextContents()).anySatisfy(c -> assertThat(c).contains("cat"));
    }

    @Test
    void keyboardAloneReachesTheFiltersWithAVisibleFocus() {
        page.navigate(server.url("/"));
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.textContent")).isEqualTo("Skip to main content");
        page.keyboard().press("Enter");
        for (int i = 0; i < 20 && !"q".equals(page.evaluate("document.activeElement.id")); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("q");
        page.keyboard().type("cobra");
        page.keyboard().press("Enter");
        page.waitForURL("**q=cobra**");
        assertThat(page.locator(".card h2").allTextContents()).containsExactly("Cobra");
        page.keyboard().press("Tab");
        Object outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle");
        assertThat(outline).isEqualTo("solid");
    }

    @Test
    void phoneWidthNeedsNoSidewaysScrolling() {
        Page phone = browser.newPage(new Browser.NewPageOptions().setViewportSize(360, 740));
        try {
            for (String path : List.of("/", "/exercises/passive-backbend", "/guide")) {
                phone.navigate(server.url(path));
                Object width = phone.evaluate("document.documentElement.scrollWidth");
                assertThat(((Number) width).intValue()).as(path).isLessThanOrEqualTo(360);
            }
            phone.navigate(server.url("/exercises/bridge"));
            phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-bridge.png")).setFullPage(true));
        } finally {
            phone.close();
        }
    }
}
