package dev.midback.catalog;

/** A small change within an exercise, such as padding under the knees or arms overhead. */
public record Modification(String name, Effect effect, String text) {
}
