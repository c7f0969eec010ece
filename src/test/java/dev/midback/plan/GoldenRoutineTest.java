package dev.midback.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.catalog.CatalogLoader;
import dev.midback.safety.SafetyScreen;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Typical people's routines, compared line by line with the listings in
 * {@code src/test/resources/plan/*.txt}, which were read and found sensible before being kept.
 */
class GoldenRoutineTest {

    private static final Path FOLDER = Path.of("src/test/resources/plan");
    private static RoutinePlanner planner;

    @BeforeAll
    static void load() {
        planner = new RoutinePlanner(new CatalogLoader().loadBundled(), new SafetyScreen());
    }

    static Stream<String> names() {
        return GoldenProfiles.all().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void theRoutineMatchesItsListing(String name) throws IOException {
        String expected = Files.readString(FOLDER.resolve(name + ".txt"));
        Routine routine = planner.plan(GoldenProfiles.all().get(name), History.EMPTY);
        assertThat(RoutineListing.of(routine)).as(name).isEqualTo(expected);
    }

    @Test
    void everyListingBelongsToAProfile() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".txt", "")))
                    .containsExactlyInAnyOrderElementsOf(GoldenProfiles.all().keySet());
        }
    }
}
