package dev.midback.figure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every exercise's figure reads without problems, rests where it says and draws: the {@code figure}
 * blocks of the catalog's exercise files (or of the folder in the {@code midback.figureDrafts}
 * system property, for poses being tuned).
 */
class ExerciseFiguresTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Stream<Path> drafts() throws IOException {
        Path folder = Path.of(System.getProperty("midback.figureDrafts", "src/main/resources/catalog/exercises"));
        if (!Files.isDirectory(folder)) {
            return Stream.of(folder);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        return files.isEmpty() ? Stream.of(folder) : files.stream();
    }

    @ParameterizedTest
    @MethodSource("drafts")
    void restsWhereItSaysAndDraws(Path file) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(file), "no figure drafts at " + file);
        JsonNode block = YAML.readTree(file.toFile()).get("figure");
        List<String> problems = new ArrayList<>();

        Figure figure = new FigureReader().read(block, (field, message) -> problems.add("figure." + field + ": " + message));
        new ContactCheck().check(figure, (field, message) -> problems.add("figure." + field + ": " + message));

        assertThat(problems).as(file.toString()).isEmpty();
        FigureRenderer renderer = new FigureRenderer();
        for (int i = 0; i < figure.frames().size(); i++) {
            String svg = renderer.svg(figure, i, file.getFileName() + " " + figure.frame(i).name());
            assertThat(FigureRendererTest.parse(svg).getDocumentElement().getTagName()).isEqualTo("svg");
            Bounds drawn = renderer.drawn(figure, i);
            assertThat(drawn.within(Framing.WIDTH, Framing.HEIGHT))
                    .as("%s frame '%s': body, props and arrow inside the picture, drawn over %s", file.getFileName(),
                            figure.frame(i).name(), drawn)
                    .isTrue();
        }
    }
}
