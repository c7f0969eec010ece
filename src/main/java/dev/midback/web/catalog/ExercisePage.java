package dev.midback.web.catalog;

import dev.midback.web.view.Link;
import java.util.List;

/** One exercise at {@code /exercises/{id}}: its figures, how to do it, how much, and where it comes from. */
public record ExercisePage(
        String notice,
        String id,
        String name,
        List<String> aliases,
        String summary,
        List<Fact> facts,
        List<Picture> pictures,
        String dose,
        String range,
        List<String> steps,
        String breathing,
        List<String> cautions,
        boolean instructorFirst,
        List<Link> prerequisites,
        List<Link> variants,
        List<Tweak> modifications,
        List<Cite> sources) {

    /** A labelled fact: "Position: Lying on your back". */
    public record Fact(String label, String value) {
    }

    /** One key frame of the figure. */
    public record Picture(String url, String alt, String caption) {
    }

    /** A small change within the exercise. */
    public record Tweak(String name, String effect, String text) {
    }

    /** A source article, by its title and its address (null when it gives none), and the fact taken from it. */
    public record Cite(String title, String url, String fact) {
    }
}
