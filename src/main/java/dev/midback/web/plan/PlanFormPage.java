package dev.midback.web.plan;

import dev.midback.web.view.Choice;
import dev.midback.web.view.FieldErrors;
import java.util.List;

/**
 * The plan form at {@code /plan/new}: minutes, place, props, level and pain as last given (so
 * "Change the time or props" and a refused value keep every answer), the screening answers it
 * carries and their advice, and the field at fault with its message, if any.
 */
public record PlanFormPage(String notice, List<String> yes, List<String> advice, String minutes, List<Choice> places,
                           List<Choice> props, List<Choice> levels, String pain, boolean sharp, String errorField,
                           String error) implements FieldErrors {

    /** The id of the field's error message when it has one, else null (no attribute): this form has no hints. */
    @Override
    public String describedBy(String field) {
        return field.equals(errorField) ? field + "-error" : null;
    }
}
