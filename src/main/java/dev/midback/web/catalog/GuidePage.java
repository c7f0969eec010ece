package dev.midback.web.catalog;

import dev.midback.catalog.Guide;

/** The guide at {@code /guide}: precautions, warm-up, tips and questions. */
public record GuidePage(String notice, Guide guide) {
}
