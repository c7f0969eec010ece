package dev.midback.web.plan;

/** The guided session of a stored plan at {@code /play/{id}}; the player script fetches its timeline. */
public record PlayPage(String notice, String planId, String total, int exercises) {
}
