package dev.midback.web.reminder;

import java.util.List;

/** The reminders page at {@code /reminders}: the list, the forms, the calendar feed and notifications. */
public record RemindersPage(String notice, String message, List<Row> reminders, SuggestForm suggest, ReminderForm form,
                            String feedUrl, String webcalUrl, String downloadUrl, List<String> zones) {

    /** One reminder in the list. */
    public record Row(String id, String label, String kind, String when, String next, boolean enabled, String editUrl,
                      String deleteUrl) {
    }
}
