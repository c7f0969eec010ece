package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import dev.midback.testing.HeadlessChromium;
import dev.midback.testing.RunningServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The pure parts of the player (timeline, clock, journal queue) tested as the browser loads them:
 * each {@code src/test/js/*.test.js} exports {@code tests}, an object of named test functions,
 * which run in headless Chromium on a page of the app, and each becomes a test here.
 */
class PlayerModulesTest {

    private static final Path TESTS = Path.of("src/test/js");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String RUN = """
            async (path) => {
              const module = await import(path);
              const results = [];
              for (const [name, test] of Object.entries(module.tests)) {
                try {
                  await test();
                  results.push({ name, ok: true });
                } catch (e) {
                  results.push({ name, ok: false, message: String(e && e.message || e) });
                }
              }
              return JSON.stringify(results);
            }""";

    @TestFactory
    Stream<DynamicTest> theModulesPassTheirTestsInTheBrowser() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(TESTS)) {
            files = listed.filter(p -> p.getFileName().toString().endsWith(".test.js")).sorted().toList();
        }
        assertThat(files).as("test files in " + TESTS).isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        try (RunningServer server = RunningServer.start(); HeadlessChromium chromium = HeadlessChromium.launch()) {
            Page page = chromium.browser().newPage();
            page.route(server.url("/test-js/") + "**", route -> serveTestFile(route, server));
            page.navigate(server.url("/guide"));
            for (Path file : files) {
                String name = file.getFileName().toString();
                JsonNode results = JSON.readTree((String) page.evaluate(RUN, "/test-js/" + name));
                assertThat(results.size()).as("tests in " + name).isPositive();
                for (JsonNode result : results) {
                    boolean ok = result.get("ok").asBoolean();
                    String message = result.path("message").asText();
                    tests.add(DynamicTest.dynamicTest(name + ": " + result.get("name").asText(), () -> {
                        if (!ok) {
                            fail(message);
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    private static void serveTestFile(Route route, RunningServer server) {
        String name = route.request().url().substring(server.url("/test-js/").length());
        Path file = TESTS.resolve(name).normalize();
        if (!file.startsWith(TESTS) || !Files.isRegularFile(file)) {
            route.fulfill(new Route.FulfillOptions().setStatus(404));
            return;
        }
        try {
            route.fulfill(new Route.FulfillOptions().setContentType("text/javascript").setBody(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
