package dev.midback.web.account;

/**
 * The sign-in or sign-up form: what was typed (never the password), the field at fault with its
 * message, if any, and the page to go on to once signed in.
 */
public record AccountPage(String notice, String email, String name, String errorField, String error, String message,
                          String next) {

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
