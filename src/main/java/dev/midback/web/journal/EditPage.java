package dev.midback.web.journal;

import dev.midback.web.view.Choice;
import java.util.List;

/**
 * The form at {@code /history/{id}/edit}: the values as last entered (so a refused value can be
 * corrected), the exercises' done boxes, and the field at fault with its message, if any.
 */
public record EditPage(String notice, String when, String action, String painBefore, String painAfter, String stiffness,
                       String notes, boolean stoppedForPain, List<Choice> items, String errorField, String error) {

    public boolean hasError() {
        return errorField != null;
    }

    /** The message for this field, or null when it is fine. */
    public String errorFor(String field) {
        return field.equals(errorField) ? error : null;
    }

    /** "true" for the field at fault, else null (no attribute). */
    public String invalid(String field) {
        return field.equals(errorField) ? "true" : null;
    }

    /** The ids that describe a field: its hint, and its error when it has one. */
    public String describedBy(String field) {
        return field + "-hint" + (field.equals(errorField) ? " " + field + "-error" : "");
    }
}
