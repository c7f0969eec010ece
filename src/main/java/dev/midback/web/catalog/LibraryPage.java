package dev.midback.web.catalog;

import dev.midback.web.view.Choice;
import java.util.List;

/** The library at {@code /}: the filter form and the exercises that match it. */
public record LibraryPage(
        String notice,
        String text,
        List<Choice> positions,
        List<Choice> props,
        List<Choice> movements,
        List<Choice> levels,
        List<Card> cards,
        int total,
        List<Card> suggestions) {

    /** One exercise in the list. */
    public record Card(String name, String url, String figureUrl, String figureAlt, String summary,
                       String position, String level, String dose, String needs) {
    }

    public boolean filtered() {
        return cards.size() != total;
    }
}
