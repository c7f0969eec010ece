package dev.midback.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.midback.account.Account;
import dev.midback.account.Accounts;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts mode: who is signed in (from the session cookie), which routes need a person, the CSRF
 * check on changes, and the routes to sign up, in and out.
 */
final class AccountHandlers {

    static final String COOKIE = "midback_session";
    static final String ACCOUNT = "midback.account";
    static final String CSRF = "midback.csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_FIELD = "csrf";

    private static final Set<String> SIGN_UP_FIELDS = Set.of("email", "password", "name");
    private static final Set<String> SIGN_IN_FIELDS = Set.of("email", "password");
    private static final Set<String> PUBLIC_PATHS = Set.of(Paths.LIBRARY, Paths.GUIDE, Paths.HEALTH, Paths.SIGN_IN, Paths.SIGN_UP,
            Paths.API_OPENAPI, Paths.API_EXERCISES, Paths.MANIFEST, Paths.SERVICE_WORKER);
    private static final List<String> PUBLIC_PREFIXES = List.of("/static/", "/exercises/", "/api/exercises/", "/calendar/");

    private final Accounts accounts;
    private final Responses responses;
    private final String notice;

    AccountHandlers(Accounts accounts, Responses responses, String notice) {
        this.accounts = accounts;
        this.responses = responses;
        this.notice = notice;
    }

    /** Runs before every route: finds the person, keeps others out of personal routes, and checks changes carry the CSRF token. */
    void before(Context ctx) {
        Optional<Accounts.Current> current = accounts.current(ctx.cookie(COOKIE));
        current.ifPresent(c -> {
            ctx.attribute(ACCOUNT, c.account());
            ctx.attribute(CSRF, c.session().csrfToken());
            ctx.attribute(Owner.ATTRIBUTE, c.account().id());
        });
        if (current.isPresent() && changes(ctx) && !signingInOrUp(ctx) && !csrfMatches(ctx, current.get().session().csrfToken())) {
            responses.problem(ctx, new Problem(403, "Forbidden",
                    "a change from a signed-in browser must send the session's CSRF token in the " + CSRF_HEADER + " header", CSRF_HEADER));
            ctx.skipRemainingHandlers();
            return;
        }
        if (current.isEmpty() && !isPublic(ctx)) {
            if (ctx.path().startsWith("/api/")) {
                ctx.header("WWW-Authenticate", "Cookie realm=\"midback\"");
                responses.problem(ctx, new Problem(401, "Sign-in needed", "sign in first: POST /api/sessions with your email and password",
                        null));
            } else {
                ctx.attribute(Responses.ANSWERED, Boolean.TRUE);
                ctx.redirect(Paths.SIGN_IN, HttpStatus.SEE_OTHER);
            }
            ctx.skipRemainingHandlers();
        }
    }

    private static boolean changes(Context ctx) {
        String method = ctx.method().name();
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    private static boolean signingInOrUp(Context ctx) {
        String path = ctx.path();
        return ctx.method().name().equals("POST") && (path.equals(Paths.API_SESSIONS) || path.equals(Paths.API_ACCOUNTS)
                || path.equals(Paths.SIGN_IN) || path.equals(Paths.SIGN_UP));
    }

    private static boolean isPublic(Context ctx) {
        String path = ctx.path();
        if (PUBLIC_PATHS.contains(path) || PUBLIC_PREFIXES.stream().anyMatch(path::startsWith)) {
            return true;
        }
        return signingInOrUp(ctx);
    }

    private static boolean csrfMatches(Context ctx, String expected) {
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null) {
            String type = Optional.ofNullable(ctx.contentType()).orElse("");
            if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
                sent = ctx.formParam(CSRF_FIELD);
            }
        }
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    // ---- JSON API ----

    /** {@code POST /api/accounts}: 201 with the person, 400 naming the field, 409 when the email is taken. */
    void create(Context ctx) {
        StrictJson.ObjectBody body = StrictJson.object(ctx.body(), SIGN_UP_FIELDS);
        if (body.problem() != null) {
            responses.problem(ctx, body.problem());
            return;
        }
        for (String field : List.of("email", "password", "name")) {
            JsonNode value = body.root().get(field);
            if (value != null && !value.isTextual() && !value.isNull()) {
                responses.problem(ctx, Problem.badField(field, field + " must be a text"));
                return;
            }
        }
        Accounts.SignUp result = accounts.signUp(text(body.root(), "email"), text(body.root(), "password"), text(body.root(), "name"));
        if (result instanceof Accounts.SignUp.Invalid invalid) {
            responses.problem(ctx, Problem.badField(invalid.field(), invalid.problem()));
        } else if (result instanceof Accounts.SignUp.Taken) {
            responses.problem(ctx, new Problem(409, "Email taken", "an account already uses this email; sign in instead", "email"));
        } else {
            Account account = ((Accounts.SignUp.Created) result).account();
            ctx.header("Location", Paths.API_CURRENT_SESSION);
            responses.json(ctx, 201, person(account));
        }
    }

    /** {@code POST /api/sessions}: the session cookie and the person with the CSRF token; 401 without saying what was wrong. */
    void signIn(Context ctx) {
        StrictJson.ObjectBody body = StrictJson.object(ctx.body(), SIGN_IN_FIELDS);
        if (body.problem() != null) {
            responses.problem(ctx, body.problem());
            return;
        }
        for (String field : List.of("email", "password")) {
            JsonNode value = body.root().get(field);
            if (value == null || !value.isTextual()) {
                responses.problem(ctx, Problem.badField(field, field + " is needed, as a text"));
                return;
            }
        }
        Accounts.SignIn result = accounts.signIn(text(body.root(), "email"), text(body.root(), "password"));
        if (result instanceof Accounts.SignIn.Locked locked) {
            ctx.header("Retry-After", Long.toString(locked.retryAfterSeconds()));
            responses.problem(ctx, new Problem(429, "Too many failed sign-ins",
                    "too many wrong passwords for this email; try again in " + locked.retryAfterSeconds() + " seconds", null));
        } else if (result instanceof Accounts.SignIn.Wrong) {
            responses.problem(ctx, new Problem(401, "Sign-in failed", "the email or the password is wrong", null));
        } else {
            Accounts.SignIn.Ok ok = (Accounts.SignIn.Ok) result;
            setCookie(ctx, ok.token());
            responses.json(ctx, 200, current(ok.account(), ok.session().csrfToken()));
        }
    }

    /** {@code GET /api/sessions/current}: the person and the CSRF token. */
    void current(Context ctx) {
        Account account = ctx.attribute(ACCOUNT);
        ctx.header("Cache-Control", "no-store");
        responses.json(ctx, 200, current(account, ctx.attribute(CSRF)));
    }

    /** {@code DELETE /api/sessions/current}: the session is deleted and the cookie cleared. */
    void signOut(Context ctx) {
        accounts.signOut(ctx.cookie(COOKIE));
        clearCookie(ctx);
        ctx.attribute(Responses.ANSWERED, Boolean.TRUE);
        ctx.status(204);
    }

    /** {@code DELETE /api/accounts/current}: the account and everything kept under it. */
    void delete(Context ctx) {
        Account account = ctx.attribute(ACCOUNT);
        accounts.delete(account.id());
        clearCookie(ctx);
        ctx.attribute(Responses.ANSWERED, Boolean.TRUE);
        ctx.status(204);
    }

    // ---- pages ----

    void signInPage(Context ctx) {
        String message = "out".equals(ctx.queryParam("signed")) ? "You are signed out." : null;
        responses.html(ctx, 200, "account/sign-in.jte", new AccountPage(notice, "", "", null, null, message));
    }

    void signInForm(Context ctx) {
        if (refusedOrigin(ctx)) {
            return;
        }
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("").strip();
        Accounts.SignIn result = accounts.signIn(email, Optional.ofNullable(ctx.formParam("password")).orElse(""));
        if (result instanceof Accounts.SignIn.Ok ok) {
            setCookie(ctx, ok.token());
            ctx.attribute(Responses.ANSWERED, Boolean.TRUE);
            ctx.redirect(Paths.START, HttpStatus.SEE_OTHER);
            return;
        }
        int status;
        String error;
        if (result instanceof Accounts.SignIn.Locked locked) {
            ctx.header("Retry-After", Long.toString(locked.retryAfterSeconds()));
            status = 429;
            error = "Too many wrong passwords for this email. Try again in " + minutes(locked.retryAfterSeconds()) + ".";
        } else {
            status = 401;
            error = "The email or the password is wrong.";
        }
        responses.html(ctx, status, "account/sign-in.jte", new AccountPage(notice, email, "", "email", error, null));
    }

    void signUpPage(Context ctx) {
        responses.html(ctx, 200, "account/sign-up.jte", new AccountPage(notice, "", "", null, null, null));
    }

    void signUpForm(Context ctx) {
        if (refusedOrigin(ctx)) {
            return;
        }
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("").strip();
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        Accounts.SignUp result = accounts.signUp(email, password, name);
        if (result instanceof Accounts.SignUp.Invalid invalid) {
            responses.html(ctx, 400, "account/sign-up.jte", new AccountPage(notice, email, name, invalid.field(), sentence(invalid.problem()), null));
            return;
        }
        if (result instanceof Accounts.SignUp.Taken) {
            responses.html(ctx, 409, "account/sign-up.jte", new AccountPage(notice, email, name, "email",
                    "An account already uses this email. Sign in instead.", null));
            return;
        }
        if (accounts.signIn(email, password) instanceof Accounts.SignIn.Ok ok) {
            setCookie(ctx, ok.token());
        }
        ctx.attribute(Responses.ANSWERED, Boolean.TRUE);
        ctx.redirect(Paths.START, HttpStatus.SEE_OTHER);
    }

    void signOutForm(Context ctx) {
        accounts.signOut(ctx.cookie(COOKIE));
        clearCookie(ctx);
        ctx.attribute(Responses.ANSWERED, Boolean.TRUE);
        ctx.redirect(Paths.SIGN_IN + "?signed=out", HttpStatus.SEE_OTHER);
    }

    private boolean refusedOrigin(Context ctx) {
        if (SameOrigin.allows(ctx)) {
            return false;
        }
        responses.error(ctx, 403, "Not allowed", "Signing in can only be done from Midback's own pages.");
        return true;
    }

    // ---- helpers ----

    private static void setCookie(Context ctx, String token) {
        ctx.header("Set-Cookie", COOKIE + "=" + token + "; Path=/; Max-Age=" + Accounts.SESSION_LIFE.toSeconds()
                + "; HttpOnly; SameSite=Lax" + (secure(ctx) ? "; Secure" : ""));
    }

    private static void clearCookie(Context ctx) {
        ctx.header("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + (secure(ctx) ? "; Secure" : ""));
    }

    /** Whether the request came over https, directly or through a proxy that says so. */
    static boolean secure(Context ctx) {
        String forwarded = ctx.header("X-Forwarded-Proto");
        return "https".equalsIgnoreCase(ctx.scheme()) || (forwarded != null && forwarded.strip().toLowerCase().startsWith("https"));
    }

    private static String text(JsonNode root, String field) {
        JsonNode value = root.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Map<String, Object> person(Account account) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("id", account.id());
        person.put("email", account.email());
        person.put("name", account.name());
        person.put("role", account.role().code());
        return person;
    }

    private static Map<String, Object> current(Account account, String csrf) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("person", person(account));
        body.put("csrfToken", csrf);
        return body;
    }

    private static String sentence(String problem) {
        return Character.toUpperCase(problem.charAt(0)) + problem.substring(1) + ".";
    }

    private static String minutes(long seconds) {
        long m = (seconds + 59) / 60;
        return m == 1 ? "a minute" : m + " minutes";
    }
}
