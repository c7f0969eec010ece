package dev.midback.web.plan;

import dev.midback.web.view.Choice;
import java.util.List;

/** The safety questions at {@code /start}, asked before any routine. */
public record ScreeningPage(String notice, List<Choice> redFlags, List<Choice> cautions) {
}
