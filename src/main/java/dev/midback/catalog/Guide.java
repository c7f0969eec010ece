package dev.midback.catalog;

import java.util.List;
import java.util.Optional;

/** The education that goes with the exercises: precautions, warm-up, tips, questions, and the notice. */
public record Guide(String notice, List<Section> sections) {

    public Guide {
        sections = List.copyOf(sections);
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** A part of the guide: a title, a short introduction and its items. */
    public record Section(String id, String title, String intro, List<Item> items) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /** One point of advice, or for questions one question and its answer, with where it comes from. */
    public record Item(String title, String text, List<Source> sources) {
        public Item {
            sources = List.copyOf(sources);
        }
    }
}
