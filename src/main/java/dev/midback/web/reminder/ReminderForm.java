package dev.midback.web.reminder;

import dev.midback.web.view.Choice;
import java.util.List;

/**
 * The fields of one reminder on a form, as typed (so a refused form comes back as it was sent),
 * with the field at fault and what is wrong when there is one. {@code prefix} keeps element ids
 * apart when a page holds more than one form.
 */
public record ReminderForm(String prefix, String action, String submit, List<Choice> kinds, List<Choice> days, String time,
                           String timeZone, String label, boolean enabled, String errorField, String error) {

    public boolean hasError(String field) {
        return field.equals(errorField);
    }

    public String id(String field) {
        return prefix + "-" + field;
    }
}
