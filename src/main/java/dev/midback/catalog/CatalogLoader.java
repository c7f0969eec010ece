package dev.midback.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads the catalog from its data files (a folder holding {@code articles.yaml}, {@code guide.yaml}
 * and {@code exercises/*.yaml}) and checks them, each file alone and all together. Any problem stops
 * the load with a {@link CatalogException} that names every file and field at fault.
 */
public final class CatalogLoader {

    static final String BUNDLED = "/catalog";
    private static final Pattern SEED = Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt");
    private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The catalog shipped with the program. */
    public Catalog loadBundled() {
        URL url = CatalogLoader.class.getResource(BUNDLED);
        if (url == null) {
            throw new IllegalStateException("the catalog's data files are missing from the program");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return load(jar.getPath(BUNDLED));
                }
            }
            return load(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the catalog's data files: " + e.getMessage(), e);
        }
    }

    /** The catalog in a folder of data files. */
    public Catalog load(Path root) {
        List<CatalogProblem> problems = new ArrayList<>();
        Map<String, Exercise> exercises = new HashMap<>();
        Set<String> declaredIds = new HashSet<>();
        Map<String, Article> articles = parse(root.resolve("articles.yaml"), "articles.yaml", problems)
                .map(node -> new ArticleReader().read(node,
                        (field, message) -> problems.add(new CatalogProblem("articles.yaml", field, message))))
                .orElse(Map.of());
        List<ExerciseFile> files = exerciseFiles(root.resolve("exercises")).parallelStream()
                .map(file -> readExercise(file, articles)).toList();
        for (ExerciseFile file : files) {
            problems.addAll(file.problems());
            file.declaredId().ifPresent(declaredIds::add);
            file.exercise().ifPresent(exercise -> exercises.put(file.name(), exercise));
        }
        Optional<Guide> guide = parse(root.resolve("guide.yaml"), "guide.yaml", problems)
                .flatMap(node -> new GuideReader(articles).read(node,
                        (field, message) -> problems.add(new CatalogProblem("guide.yaml", field, message))));
        problems.addAll(new CatalogCheck(exercises, declaredIds).problems());
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        List<Exercise> sorted = exercises.values().stream()
                .sorted(Comparator.comparing(Exercise::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new Catalog(sorted, guide.orElseThrow());
    }

    /** One exercise file read and checked on its own: the id it declares, the exercise, what is wrong. */
    private record ExerciseFile(String name, Optional<String> declaredId, Optional<Exercise> exercise,
                                List<CatalogProblem> problems) {
    }

    /** Reads one file; files are independent, so they are read side by side. */
    private ExerciseFile readExercise(Path file, Map<String, Article> articles) {
        String name = "exercises/" + file.getFileName();
        List<CatalogProblem> problems = new ArrayList<>();
        Optional<JsonNode> node = parse(file, name, problems);
        Optional<String> id = node.map(n -> n.path("id").asText("")).filter(i -> !i.isEmpty());
        Optional<Exercise> exercise = node.flatMap(n -> new ExerciseReader(articles).read(n,
                (field, message) -> problems.add(new CatalogProblem(name, field, message))));
        return new ExerciseFile(name, id, exercise, List.copyOf(problems));
    }

    static boolean isSeedName(String seed) {
        return SEED.matcher(seed).matches();
    }

    /** True for the id of a published source: kebab-case, as in {@code nhs-sitting-exercises}. */
    static boolean isSourceId(String id) {
        return SOURCE_ID.matcher(id).matches();
    }

    private Optional<JsonNode> parse(Path file, String name, List<CatalogProblem> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(new CatalogProblem(name, "(file)", "missing"));
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            JsonNode node = yaml.readTree(text);
            if (node == null || node.isMissingNode()) {
                problems.add(new CatalogProblem(name, "(file)", "is empty"));
                return Optional.empty();
            }
            return Optional.of(node);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String line = where == null ? "" : " at line " + where.getLineNr();
            problems.add(new CatalogProblem(name, "(syntax)", e.getOriginalMessage() + line));
        } catch (IOException e) {
            problems.add(new CatalogProblem(name, "(file)", "cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private static List<Path> exerciseFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
