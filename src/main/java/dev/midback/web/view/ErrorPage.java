package dev.midback.web.view;

/** A page that says what went wrong and how to go on. */
public record ErrorPage(String notice, int status, String title, String detail, String backUrl, String backLabel) {
}
