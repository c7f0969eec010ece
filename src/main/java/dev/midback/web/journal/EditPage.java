package dev.midback.web.journal;

import dev.midback.web.view.Choice;
import dev.midback.web.view.FieldErrors;
import java.util.List;

/**
 * The form at {@code /history/{id}/edit}: the values as last entered (so a refused value can be
 * corrected), the exercises' done boxes, and the field at fault with its message, if any.
 */
public record EditPage(String notice, String when, String action, String painBefore, String painAfter, String stiffness,
                       String notes, boolean stoppedForPain, List<Choice> items, String errorField, String error) implements FieldErrors {
}
