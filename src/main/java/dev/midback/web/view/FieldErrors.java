package dev.midback.web.view;

/**
 * A form page that may show one field at fault with its message: what the templates ask of it to
 * mark the field and tie the message to it for screen readers.
 */
public interface FieldErrors {

    /** The field at fault, or null. */
    String errorField();

    /** What is wrong with it, or null. */
    String error();

    default boolean hasError() {
        return errorField() != null;
    }

    /** The message for this field, or null when it is fine. */
    default String errorFor(String field) {
        return field.equals(errorField()) ? error() : null;
    }

    /** "true" for the field at fault, else null (no attribute). */
    default String invalid(String field) {
        return field.equals(errorField()) ? "true" : null;
    }

    /** The ids that describe a field: its hint, and its error when it has one. */
    default String describedBy(String field) {
        return field + "-hint" + (field.equals(errorField()) ? " " + field + "-error" : "");
    }
}
