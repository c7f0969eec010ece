package dev.midback.catalog;

import java.util.function.BiConsumer;

/** Passes each (field, message) problem on, remembering whether there was any. */
final class ProblemLog implements BiConsumer<String, String> {

    private final BiConsumer<String, String> next;
    private boolean any;

    ProblemLog(BiConsumer<String, String> next) {
        this.next = next;
    }

    @Override
    public void accept(String field, String message) {
        any = true;
        next.accept(field, message);
    }

    boolean isClean() {
        return !any;
    }
}
