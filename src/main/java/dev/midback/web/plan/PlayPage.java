package dev.midback.web.plan;

/**
 * The guided session of a stored plan at {@code /play/{id}}; the player script fetches its
 * timeline. {@code painBefore} is the pain given when the plan was made, offered so it is not
 * asked twice.
 */
public record PlayPage(String notice, String planId, String total, int exercises, int painBefore) {

    public String playUrl() {
        return "/play/" + planId;
    }
}
