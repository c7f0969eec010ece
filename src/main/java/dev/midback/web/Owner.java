package dev.midback.web;

import dev.midback.journal.JournalStore;
import io.javalin.http.Context;

/** Whose data a request works on: the signed-in person in accounts mode, the one local owner otherwise. */
final class Owner {

    static final String ATTRIBUTE = "midback.owner";

    private Owner() {
    }

    static String of(Context ctx) {
        String owner = ctx.attribute(ATTRIBUTE);
        return owner != null ? owner : JournalStore.LOCAL;
    }
}
