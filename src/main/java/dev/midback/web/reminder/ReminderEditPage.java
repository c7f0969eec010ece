package dev.midback.web.reminder;

import java.util.List;

/** The page to change one reminder, at {@code /reminders/{id}/edit}. */
public record ReminderEditPage(String notice, String label, ReminderForm form, String deleteUrl, List<String> zones) {
}
