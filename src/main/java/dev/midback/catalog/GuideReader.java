package dev.midback.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/** Turns the parsed guide file (notice, precautions, warm-up, tips, questions) into a {@link Guide}. */
final class GuideReader {

    static final List<String> SECTION_IDS = List.of("precautions", "warm-up", "tips", "faq");

    private final Map<String, Article> articles;

    GuideReader(Map<String, Article> articles) {
        this.articles = articles;
    }

    Optional<Guide> read(JsonNode root, BiConsumer<String, String> problems) {
        ProblemLog sink = new ProblemLog(problems);
        Optional<Fields> top = Fields.top(root, sink);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Fields f = top.get();
        f.allowOnly(Set.of("notice", "sections"));
        String notice = f.text("notice");
        List<Guide.Section> sections = f.objects("sections", true).stream().map(s -> {
            s.allowOnly(Set.of("id", "title", "intro", "items"));
            List<Guide.Item> items = s.objects("items", true).stream().map(i -> {
                i.allowOnly(Set.of("title", "text", "sources"));
                return new Guide.Item(i.text("title"), i.text("text"), ExerciseReader.sources(i, "sources", articles));
            }).toList();
            return new Guide.Section(s.text("id"), s.text("title"), s.text("intro"), items);
        }).toList();
        List<String> ids = sections.stream().map(Guide.Section::id).toList();
        if (!ids.equals(SECTION_IDS)) {
            sink.accept("sections", "must be, in order: " + String.join(", ", SECTION_IDS) + " (found: " + String.join(", ", ids) + ")");
        }
        return sink.isClean() ? Optional.of(new Guide(notice, sections)) : Optional.empty();
    }
}
