package dev.midback.web.reminder;

/** The "Suggest from my plan" form: when sessions happen and when work starts and ends, as typed. */
public record SuggestForm(String plannedDays, String sessionTime, String workStarts, String workEnds, String timeZone,
                          String errorField, String error) {

    public boolean hasError(String field) {
        return field.equals(errorField);
    }
}
