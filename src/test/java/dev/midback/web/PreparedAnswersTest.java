package dev.midback.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.decoder.Decoder;
import dev.midback.testing.RunningServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What never changes is prepared once: the same bytes and the same strong ETag on every request and
 * every start, 304 when the client has it, brotli or gzip for clients that take them; a signed-in person's
 * page still shows who they are.
 */
class PreparedAnswersTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/exercises", "/api/exercises?position=all-fours", "/api/exercises/cat-cow", "/",
            "/?position=all-fours&level=beginner",
            "/exercises/cat-cow", "/guide", "/api/openapi.json", "/sw.js", "/manifest.webmanifest", "/static/app.css",
            "/static/js/player.js"})
    void theSameContentHasTheSameBytesAndTagOnEveryStart(String path) throws IOException {
        RunningServer.RawResponse first;
        RunningServer.RawResponse again;
        RunningServer.RawResponse restarted;
        try (RunningServer server = RunningServer.start()) {
            first = server.raw("GET", path).send();
            again = server.raw("GET", path).send();
        }
        try (RunningServer server = RunningServer.start()) {
            restarted = server.raw("GET", path).send();
            String tag = first.header("ETag").orElseThrow();
            assertThat(tag).as("a strong tag").startsWith("\"");

            RunningServer.RawResponse unchanged = server.raw("GET", path).header("If-None-Match", tag).send();
            assertThat(unchanged.status()).isEqualTo(304);
            assertThat(unchanged.body()).isEmpty();
            assertThat(unchanged.header("ETag")).hasValue(tag);

            RunningServer.RawResponse zipped = server.raw("GET", path).header("Accept-Encoding", "gzip, deflate").send();
            assertThat(zipped.header("Content-Encoding")).hasValue("gzip");
            assertThat(zipped.header("Vary")).hasValueSatisfying(v -> assertThat(v).contains("Accept-Encoding"));
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
                assertThat(in.readAllBytes()).isEqualTo(first.body());
            }
            assertThat(zipped.header("ETag")).hasValue(tag.replaceFirst("\"$", "--gzip\""));

            RunningServer.RawResponse brotli = server.raw("GET", path).header("Accept-Encoding", "gzip, deflate, br").send();
            assertThat(brotli.header("Content-Encoding")).hasValue("br");
            assertThat(Decoder.decompress(brotli.body()).getDecompressedData()).isEqualTo(first.body());
            assertThat(brotli.body().length).as("brotli is smaller than gzip").isLessThanOrEqualTo(zipped.body().length);
            String brotliTag = brotli.header("ETag").orElseThrow();
            assertThat(brotliTag).isEqualTo(tag.replaceFirst("\"$", "--br\""));
            RunningServer.RawResponse brotliUnchanged = server.raw("GET", path).header("Accept-Encoding", "br")
                    .header("If-None-Match", brotliTag).send();
            assertThat(brotliUnchanged.status()).isEqualTo(304);
            assertThat(server.raw("GET", path).header("Accept-Encoding", "br;q=0, gzip").send().header("Content-Encoding"))
                    .hasValue("gzip");

            RunningServer.RawResponse refused = server.raw("GET", path).header("Accept-Encoding", "gzip;q=0").send();
            assertThat(refused.header("Content-Encoding")).isEmpty();
            assertThat(refused.body()).isEqualTo(first.body());
        }
        assertThat(first.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(restarted.body()).isEqualTo(first.body());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(restarted.header("ETag")).isEqualTo(first.header("ETag"));
    }

    @Test
    void aSignedInPersonSeesTheirNameOnPreparedPagesAndOthersDoNot() throws Exception {
        try (RunningServer server = RunningServer.startWithAccounts()) {
            String anonymous = server.raw("GET", "/").send().text();
            Person ana = Person.signUp(server, "ana.prepared@example.org", "Ana Prepared");
            String signedIn = ana.get("/").body();
            assertThat(signedIn).contains("Ana Prepared", "Sign out");
            assertThat(anonymous).doesNotContain("Ana Prepared").contains("Sign in");
            assertThat(server.raw("GET", "/").send().text()).doesNotContain("Ana Prepared");
            assertThat(ana.get("/exercises/cat-cow").body()).contains("Ana Prepared");
        }
    }

    @Test
    void theSameFiltersInAnotherOrderGiveTheSamePageAndAFilteredPageShowsOnlyItsExercises() {
        try (RunningServer server = RunningServer.start()) {
            RunningServer.RawResponse one = server.raw("GET", "/?position=all-fours&level=beginner").send();
            RunningServer.RawResponse other = server.raw("GET", "/?level=beginner&position=all-fours").send();
            assertThat(other.header("ETag")).isEqualTo(one.header("ETag"));
            assertThat(other.body()).isEqualTo(one.body());
            assertThat(one.text()).contains("Cat-cow").doesNotContain("Mountain pose");
            RunningServer.RawResponse standing = server.raw("GET", "/?position=standing").send();
            assertThat(standing.header("ETag")).isNotEqualTo(one.header("ETag"));
            assertThat(standing.text()).contains("Mountain pose").doesNotContain("Cat-cow");
        }
    }

    @Test
    void healthAnswersFromARecentCheckAndADeepOneOnRequest() {
        try (RunningServer server = RunningServer.start()) {
            for (String path : new String[] {"/health", "/health", "/health?deep=1"}) {
                RunningServer.RawResponse health = server.raw("GET", path).send();
                assertThat(health.status()).isEqualTo(200);
                assertThat(health.text()).startsWith("{\"status\":\"up\",\"database\":{\"status\":\"up\",\"dialect\":\"sqlite\"}");
                assertThat(health.header("Cache-Control")).hasValue("no-store");
            }
        }
    }
}
