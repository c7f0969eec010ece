package dev.midback.web.plan;

import dev.midback.web.view.Choice;
import java.util.List;

/** The plan form at {@code /plan/new}: minutes, place, props, level and pain, carrying the screening answers. */
public record PlanFormPage(String notice, List<String> yes, List<String> advice, int minutes, List<Choice> places,
                           List<Choice> props, List<Choice> levels, int pain) {
}
