package dev.midback.web.journal;

/** The step before deleting a session: what it was, a Delete button, and a way back. */
public record DeletePage(String notice, HistoryPage.Entry entry, String action) {
}
