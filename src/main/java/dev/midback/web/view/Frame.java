package dev.midback.web.view;

import dev.midback.web.http.Paths;
import dev.midback.web.http.Visitor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What the page frame shows around every page, built per request: whether accounts are in use, who
 * is signed in, the CSRF token that each form posting a change carries, and the address of the
 * page ({@code here}, path and query; null when unknown), so signing in comes back to it.
 */
public record Frame(boolean accountsMode, String personName, String csrfToken, String here) {

    /** The name of the hidden field that carries the CSRF token. */
    public static final String CSRF_FIELD = "csrf";

    public static Frame of(Visitor visitor, String here) {
        return new Frame(visitor.accountsMode(), visitor.isSignedIn() ? visitor.account().name() : null, visitor.csrfToken(), here);
    }

    /**
     * The frame everyone not signed in sees alike (no name, no token): pages without forms that post
     * are the same bytes for all of them, so they can be prepared once.
     */
    public static Frame shared(boolean accountsMode, String here) {
        return new Frame(accountsMode, null, null, here);
    }

    /** The sign-in page, asked to come back here afterwards (not to the sign-in or sign-up pages themselves). */
    public String signInUrl() {
        if (here == null || here.equals("/") || here.startsWith(Paths.SIGN_IN) || here.startsWith(Paths.SIGN_UP)) {
            return Paths.SIGN_IN;
        }
        return Paths.SIGN_IN + "?next=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
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
