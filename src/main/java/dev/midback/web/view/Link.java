package dev.midback.web.view;

/** A link to an exercise, with how it relates to the one shown (a variant, an alternative). */
public record Link(String url, String name, String note) {
}
