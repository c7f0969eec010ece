package dev.midback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** No sentence of the reference articles is copied into the project: facts only, in our own words. */
class ProseOverlapTest {

    private static final Path SHARED = Path.of("..", "shared");

    @Test
    void sourcesShareNoRunOfWordsWithTheArticles() throws IOException, InterruptedException {
        assumeTrue(Files.isDirectory(SHARED.resolve("seeds")), "the reference articles (../shared/seeds) are not here");
        Path checker = SHARED.resolve("tools/prose-overlap");
        assertThat(checker).as("the overlap checker beside the articles").isRegularFile();
        Process run = new ProcessBuilder("python3", checker.toString(), "src", "README.md")
                .redirectErrorStream(true)
                .start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("the checker finishes").isTrue();
        assertThat(output).as(output).contains("0 copied run(s)");
        assertThat(run.exitValue()).isZero();
    }
}
