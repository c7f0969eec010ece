package dev.midback.web.reminder;

import dev.midback.plan.Week;
import dev.midback.reminder.Reminder;
import dev.midback.reminder.ReminderInput;
import dev.midback.reminder.ReminderKind;
import dev.midback.reminder.Suggestion;
import dev.midback.reminder.Weekdays;
import dev.midback.reminder.Zones;
import dev.midback.web.http.Paths;
import dev.midback.web.view.Choice;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds the reminder pages from reminders and what was typed. */
final class ReminderPages {

    static final String ADD = "add";
    static final String EDIT = "edit";
    private static final DateTimeFormatter NEXT = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.ENGLISH);

    private final String notice;
    private final List<String> zones = Zones.all();

    ReminderPages(String notice) {
        this.notice = notice;
    }

    /** The page; times are shown with their zone when it is not {@code localZone}. */
    RemindersPage index(List<Reminder> reminders, Instant now, String localZone, String message, SuggestForm suggest,
                        ReminderForm form, String origin, String feedToken) {
        String feed = "/calendar/" + feedToken;
        return new RemindersPage(notice, message, reminders.stream().map(r -> row(r, now, localZone)).toList(), suggest, form,
                origin + feed, origin.replaceFirst("^https?://", "webcal://") + feed,
                Paths.CALENDAR_DOWNLOAD, zones);
    }

    ReminderEditPage edit(Reminder reminder, ReminderForm form) {
        return new ReminderEditPage(notice, reminder.label(), form, Paths.reminderDelete(reminder.id()), zones);
    }

    /** An empty form to add a reminder: a session, in the given zone, switched on. */
    ReminderForm blank(String zone) {
        return form(ADD, Paths.REMINDERS, "Add reminder",
                new ReminderInput(ReminderKind.SESSION.id(), List.of(), "08:00", zone, "", true), null, null);
    }

    ReminderForm filled(Reminder r) {
        return form(EDIT, Paths.reminderEdit(r.id()), "Save changes", new ReminderInput(r.kind().id(),
                r.days().stream().map(Weekdays::code).toList(), r.clock(), r.zone().getId(), r.label(), r.enabled()), null, null);
    }

    /** The form as it was sent, with the field at fault ({@code days[2]} shows at the days). */
    ReminderForm form(String prefix, String action, String submit, ReminderInput in, String field, String error) {
        List<String> days = in.days() == null ? List.of() : in.days();
        return new ReminderForm(prefix, action, submit,
                Stream.of(ReminderKind.values()).map(k -> new Choice(k.id(), k.title(), k.id().equals(in.kind()))).toList(),
                Stream.of(DayOfWeek.values()).map(d -> new Choice(Weekdays.code(d), d.getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                        days.contains(Weekdays.code(d)))).toList(),
                in.time(), in.timeZone(), in.label(), in.enabled() == null || in.enabled(),
                field == null ? null : field.replaceFirst("\\[.*$", ""), field == null ? null : plain(field, error));
    }

    /** What is wrong, in words for a form rather than for a program. */
    private static String plain(String field, String problem) {
        return switch (field.replaceFirst("\\[.*$", "")) {
            case "kind" -> "Please choose what the reminder is for.";
            case "days" -> "Please tick at least one day.";
            case "time" -> "Please give a time of day between 00:00 and 23:59, such as 07:30.";
            case "timeZone" -> "Please give a time zone name such as Europe/Berlin; start typing a city to see the list.";
            case "label" -> "Please keep the label to one line of at most " + Reminder.MAX_LABEL + " characters.";
            default -> problem;
        };
    }

    /** The suggestion form as typed ({@code zone} shows where none was typed), with the field at fault. */
    SuggestForm suggest(Week week, Suggestion typed, String field, String error) {
        List<String> days = week.sessionDays().stream().map(LocalDate::getDayOfWeek).distinct().sorted()
                .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toList();
        String planned = days.isEmpty() ? "Your plan has no sessions this week, so only desk breaks would be added."
                : "Your plan asks for " + days.size() + " sessions a week: " + andList(days) + ".";
        return new SuggestForm(planned, typed.sessionTime(), typed.workStarts(), typed.workEnds(), typed.timeZone(), field, error);
    }

    private RemindersPage.Row row(Reminder r, Instant now, String localZone) {
        String when = capitalise(Weekdays.describe(r.days())) + " at " + r.clock()
                + (r.zone().getId().equals(localZone) ? "" : " (" + r.zone().getId() + " time)");
        String next = r.enabled() ? "next " + NEXT.format(r.next(now)) : "switched off";
        return new RemindersPage.Row(r.id(), r.label(), r.kind().title(), when, next, r.enabled(), Paths.reminderEdit(r.id()),
                Paths.reminderDelete(r.id()));
    }

    private static String andList(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", ")) + " and " + items.get(items.size() - 1);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
