package dev.midback.web.view;

/** One option of a select or one checkbox of a form, with whether it is picked. */
public record Choice(String value, String label, boolean picked) {
}
