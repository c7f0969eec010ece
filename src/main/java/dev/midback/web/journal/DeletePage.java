package dev.midback.web.journal;

/** The step before deleting a session: what it was, a Delete button, and a way back to where it is listed. */
public record DeletePage(String notice, HistoryPage.Entry entry, String action, String back) {
}
