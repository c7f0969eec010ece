package dev.midback.plan;

/**
 * A short break to take during desk work: the exercise it uses, a name, how often, and what to do.
 */
public record DeskBreak(String exerciseId, String name, String when, String text) {
}
