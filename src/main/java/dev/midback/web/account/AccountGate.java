package dev.midback.web.account;

import dev.midback.account.Accounts;
import dev.midback.web.http.Access;
import dev.midback.web.http.ExternalAddress;
import dev.midback.web.http.Paths;
import dev.midback.web.http.Problem;
import dev.midback.web.http.Visitor;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Accounts mode, before each route: who is signed in (from the session cookie), a CSRF token for
 * everyone (the session's, or before sign-in one kept in its own cookie), and personal routes kept
 * for a signed-in person.
 */
public final class AccountGate {

    static final String SESSION_COOKIE = "midback_session";
    static final String ANONYMOUS_COOKIE = "midback_csrf";

    private final Accounts accounts;
    private final ExternalAddress address;
    private final SecureRandom random = new SecureRandom();

    public AccountGate(Accounts accounts, ExternalAddress address) {
        this.accounts = accounts;
        this.address = address;
    }

    public void before(Context ctx) {
        Optional<Accounts.Current> current = accounts.current(ctx.cookie(SESSION_COOKIE));
        if (current.isPresent()) {
            new Visitor(current.get().account().id(), current.get().account(), current.get().session().csrfToken(), true).attachTo(ctx);
        } else {
            new Visitor(null, null, anonymousToken(ctx), true).attachTo(ctx);
        }
        if (current.isEmpty() && ctx.routeRoles().contains(Access.PERSONAL)) {
            if (ctx.path().startsWith("/api/")) {
                throw new Problem(401, "Sign-in needed", "sign in first: POST /api/sessions with your email and password", null)
                        .raise().header("WWW-Authenticate", "Cookie realm=\"midback\"");
            }
            String next = ctx.method() == HandlerType.GET ? "?next=" + URLEncoder.encode(pathAndQuery(ctx), StandardCharsets.UTF_8) : "";
            ctx.redirect(Paths.SIGN_IN + next, io.javalin.http.HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
        }
    }

    /** The token of a visitor not signed in, from its cookie, or a new one set now. */
    private String anonymousToken(Context ctx) {
        String kept = ctx.cookie(ANONYMOUS_COOKIE);
        if (kept != null && kept.matches("[A-Za-z0-9_-]{43}")) {
            return kept;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ctx.res().addHeader("Set-Cookie", ANONYMOUS_COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict"
                + (address.isSecure(ctx) ? "; Secure" : ""));
        return token;
    }

    private static String pathAndQuery(Context ctx) {
        return ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
    }
}
