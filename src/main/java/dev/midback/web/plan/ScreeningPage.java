package dev.midback.web.plan;

import dev.midback.web.view.Choice;
import dev.midback.web.view.Link;
import java.util.List;

/**
 * The safety questions at {@code /start}, asked before any routine; {@code again} plays the routine
 * of the last session once more (null when there is none).
 */
public record ScreeningPage(String notice, List<Choice> redFlags, List<Choice> cautions, Link again) {

    public ScreeningPage withAgain(Link link) {
        return new ScreeningPage(notice, redFlags, cautions, link);
    }
}
