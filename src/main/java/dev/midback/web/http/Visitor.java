package dev.midback.web.http;

import dev.midback.account.Account;
import dev.midback.journal.JournalStore;
import io.javalin.http.Context;
import java.util.Optional;

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

    /** Someone not signed in, in accounts mode or not, as a page shows them before anything is known of them. */
    public static Visitor nobody(boolean accountsMode) {
        return accountsMode ? new Visitor(null, null, null, true) : local();
    }

    /** The visitor found for this request, if it got that far (a request refused at the door did not). */
    public static Optional<Visitor> attached(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
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
