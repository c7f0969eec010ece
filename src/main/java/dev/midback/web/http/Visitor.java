package dev.midback.web.http;

import dev.midback.account.Account;
import dev.midback.journal.JournalStore;
import io.javalin.http.Context;

/**
 * Who is asking, found once per request: whose data the request works on, the signed-in account
 * (none in personal mode or before sign-in), and the CSRF token the pages' forms carry.
 */
public record Visitor(String owner, Account account, String csrfToken, boolean accountsMode) {

    private static final String ATTRIBUTE = "midback.visitor";

    /** The one person of personal mode. */
    public static Visitor local() {
        return new Visitor(JournalStore.LOCAL, null, null, false);
    }

    public static Visitor of(Context ctx) {
        Visitor visitor = ctx.attribute(ATTRIBUTE);
        return visitor != null ? visitor : local();
    }

    public void attachTo(Context ctx) {
        ctx.attribute(ATTRIBUTE, this);
    }

    public boolean isSignedIn() {
        return account != null;
    }

    /** Whose data the request works on: the signed-in person, or the local owner. */
    public static String owner(Context ctx) {
        return of(ctx).owner();
    }
}
