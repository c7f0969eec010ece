package dev.midback.web.view;

import dev.midback.web.http.Visitor;

/**
 * What the page frame shows around every page, built per request: whether accounts are in use, who
 * is signed in, and the CSRF token that each form posting a change carries.
 */
public record Frame(boolean accountsMode, String personName, String csrfToken) {

    /** The name of the hidden field that carries the CSRF token. */
    public static final String CSRF_FIELD = "csrf";

    public static Frame of(Visitor visitor) {
        return new Frame(visitor.accountsMode(), visitor.isSignedIn() ? visitor.account().name() : null, visitor.csrfToken());
    }

    /**
     * The frame everyone not signed in sees alike (no name, no token): pages without forms that post
     * are the same bytes for all of them, so they can be prepared once.
     */
    public static Frame shared(boolean accountsMode) {
        return new Frame(accountsMode, null, null);
    }

    /** Links to a person's own pages show in personal mode, and to a signed-in person. */
    public boolean showsPersonalLinks() {
        return !accountsMode || personName != null;
    }

    public boolean isSignedIn() {
        return personName != null;
    }

    /** Whether forms carry a token (accounts mode; personal mode relies on the same-origin check). */
    public boolean hasCsrfToken() {
        return csrfToken != null;
    }
}
