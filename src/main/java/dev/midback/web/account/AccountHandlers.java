package dev.midback.web.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.midback.account.Account;
import dev.midback.account.Accounts;
import dev.midback.input.Checked;
import dev.midback.web.http.ExternalAddress;
import dev.midback.web.http.HttpProblem;
import dev.midback.web.http.Paths;
import dev.midback.web.http.Problem;
import dev.midback.web.http.Responses;
import dev.midback.web.http.StrictJson;
import dev.midback.web.http.Visitor;
import dev.midback.web.view.Pages;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts mode: sign up, in and out, as pages and as the JSON API. Neither says whether an email
 * already has an account: sign-up answers alike either way, and sign-in only says "wrong".
 */
public final class AccountHandlers {

    private static final Set<String> SIGN_UP_FIELDS = Set.of("email", "password", "name");
    private static final Set<String> SIGN_IN_FIELDS = Set.of("email", "password");
    static final String ACCEPTED = "If no account used this email, yours is ready: sign in with it now. "
            + "If you already had one, sign in with its password.";
    static final String BUSY_PAGE = "The server is checking many passwords just now. Please send the form again in a few seconds.";

    private final Accounts accounts;
    private final ExternalAddress address;
    private final Responses responses;
    private final Pages pages;
    private final String notice;

    public AccountHandlers(Accounts accounts, ExternalAddress address, Responses responses, Pages pages, String notice) {
        this.accounts = accounts;
        this.address = address;
        this.responses = responses;
        this.pages = pages;
        this.notice = notice;
    }

    // ---- JSON API ----

    /** {@code POST /api/accounts}: 202 alike whether the email was new or not; 400 naming the field; 503 when busy. */
    public void create(Context ctx) {
        ObjectNode body = body(ctx, SIGN_UP_FIELDS);
        for (String field : List.of("email", "password", "name")) {
            JsonNode value = body.get(field);
            if (value != null && !value.isTextual() && !value.isNull()) {
                throw Problem.badField(field, field + " must be a text").raise();
            }
        }
        Accounts.SignUp result = accounts.signUp(text(body, "email"), text(body, "password"), text(body, "name"));
        if (result instanceof Accounts.SignUp.Invalid invalid) {
            throw Problem.badField(invalid.field(), invalid.problem()).raise();
        }
        if (result instanceof Accounts.SignUp.Busy busy) {
            throw busy(busy.retryAfterSeconds());
        }
        responses.json(ctx, 202, Map.of("status", "accepted", "detail", ACCEPTED));
    }

    /** {@code POST /api/sessions}: the session cookie and the person with the CSRF token; 401 without saying what was wrong. */
    public void signIn(Context ctx) {
        ObjectNode body = body(ctx, SIGN_IN_FIELDS);
        for (String field : List.of("email", "password")) {
            JsonNode value = body.get(field);
            if (value == null || !value.isTextual()) {
                throw Problem.badField(field, field + " is needed, as a text").raise();
            }
        }
        Accounts.SignIn result = accounts.signIn(text(body, "email"), text(body, "password"));
        if (result instanceof Accounts.SignIn.Locked locked) {
            throw new Problem(429, "Too many sign-ins", "too many failed sign-ins for this email just now; try again in "
                    + locked.retryAfterSeconds() + " seconds", null).raise().header("Retry-After", Long.toString(locked.retryAfterSeconds()));
        }
        if (result instanceof Accounts.SignIn.Busy busy) {
            throw busy(busy.retryAfterSeconds());
        }
        if (result instanceof Accounts.SignIn.Wrong) {
            throw new Problem(401, "Sign-in failed", "the email or the password is wrong", null).raise();
        }
        Accounts.SignIn.Ok ok = (Accounts.SignIn.Ok) result;
        setCookie(ctx, ok.token());
        responses.json(ctx, 200, current(ok.account(), ok.session().csrfToken()));
    }

    /** {@code GET /api/sessions/current}: the person and the CSRF token; 401 with the token to sign in with. */
    public void current(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        ctx.header("Cache-Control", "no-store");
        if (!visitor.isSignedIn()) {
            Map<String, Object> body = new LinkedHashMap<>(new Problem(401, "Sign-in needed",
                    "nobody is signed in; send csrfToken in the X-CSRF-Token header with POST /api/sessions", null).body(ctx.path()));
            body.put("csrfToken", visitor.csrfToken());
            ctx.header("WWW-Authenticate", "Cookie realm=\"midback\"");
            ctx.status(401).contentType(Problem.CONTENT_TYPE + "; charset=utf-8").result(responses.bytes(body));
            return;
        }
        responses.json(ctx, 200, current(visitor.account(), visitor.csrfToken()));
    }

    /** {@code DELETE /api/sessions/current}: the session is deleted and the cookie cleared. */
    public void signOut(Context ctx) {
        accounts.signOut(ctx.cookie(AccountGate.SESSION_COOKIE));
        clearCookie(ctx);
        responses.noContent(ctx);
    }

    /** {@code DELETE /api/accounts/current}: the account and everything kept under it. */
    public void delete(Context ctx) {
        accounts.delete(Visitor.of(ctx).account().id());
        clearCookie(ctx);
        responses.noContent(ctx);
    }

    // ---- pages ----

    public void signInPage(Context ctx) {
        String message = switch (Optional.ofNullable(ctx.queryParam("signed")).orElse("")) {
            case "out" -> "You are signed out.";
            case "up" -> ACCEPTED;
            default -> null;
        };
        pages.html(ctx, 200, "account/sign-in.jte", new AccountPage(notice, "", "", null, null, message, next(ctx.queryParam("next"))));
    }

    public void signInForm(Context ctx) {
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("").strip();
        String next = next(ctx.formParam("next"));
        Accounts.SignIn result = accounts.signIn(email, Optional.ofNullable(ctx.formParam("password")).orElse(""));
        if (result instanceof Accounts.SignIn.Ok ok) {
            setCookie(ctx, ok.token());
            responses.seeOther(ctx, next);
            return;
        }
        int status;
        String error;
        if (result instanceof Accounts.SignIn.Locked locked) {
            ctx.header("Retry-After", Long.toString(locked.retryAfterSeconds()));
            status = 429;
            error = "Too many sign-in attempts just now. Try again in " + minutes(locked.retryAfterSeconds()) + ".";
        } else if (result instanceof Accounts.SignIn.Busy busy) {
            ctx.header("Retry-After", Long.toString(busy.retryAfterSeconds()));
            status = 503;
            error = BUSY_PAGE;
        } else {
            status = 401;
            error = "The email or the password is wrong.";
        }
        pages.html(ctx, status, "account/sign-in.jte", new AccountPage(notice, email, "", "email", error, null, next));
    }

    public void signUpPage(Context ctx) {
        pages.html(ctx, 200, "account/sign-up.jte", new AccountPage(notice, "", "", null, null, null, Paths.START));
    }

    public void signUpForm(Context ctx) {
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("").strip();
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        Accounts.SignUp result = accounts.signUp(email, password, name);
        if (result instanceof Accounts.SignUp.Invalid invalid) {
            pages.html(ctx, 400, "account/sign-up.jte", new AccountPage(notice, email, name, invalid.field(),
                    sentence(invalid.problem()), null, Paths.START));
            return;
        }
        if (result instanceof Accounts.SignUp.Busy busy) {
            ctx.header("Retry-After", Long.toString(busy.retryAfterSeconds()));
            pages.html(ctx, 503, "account/sign-up.jte", new AccountPage(notice, email, name, "password", BUSY_PAGE, null,
                    Paths.START));
            return;
        }
        responses.seeOther(ctx, Paths.SIGN_IN + "?signed=up");
    }

    public void signOutForm(Context ctx) {
        accounts.signOut(ctx.cookie(AccountGate.SESSION_COOKIE));
        clearCookie(ctx);
        responses.seeOther(ctx, Paths.SIGN_IN + "?signed=out");
    }

    // ---- helpers ----

    private static ObjectNode body(Context ctx, Set<String> fields) {
        Checked<ObjectNode> body = StrictJson.object(ctx.body(), fields);
        if (!body.isValid()) {
            throw Problem.of(body).raise();
        }
        return body.value();
    }

    /** Where to go after signing in: a path of this app only, never another site. */
    static String next(String asked) {
        if (asked == null || !asked.startsWith("/") || asked.startsWith("//") || asked.startsWith("/\\") || asked.length() > 500
                || asked.startsWith(Paths.SIGN_IN) || asked.startsWith(Paths.SIGN_UP) || asked.chars().anyMatch(c -> c < 0x20)) {
            return Paths.START;
        }
        return asked;
    }

    private void setCookie(Context ctx, String token) {
        ctx.res().addHeader("Set-Cookie", AccountGate.SESSION_COOKIE + "=" + token + "; Path=/; Max-Age="
                + Accounts.SESSION_LIFE.toSeconds() + "; HttpOnly; SameSite=Lax" + (address.isSecure(ctx) ? "; Secure" : ""));
    }

    private void clearCookie(Context ctx) {
        ctx.res().addHeader("Set-Cookie", AccountGate.SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"
                + (address.isSecure(ctx) ? "; Secure" : ""));
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

    /** Too many passwords being checked at once: nothing was done; the same request may simply be sent again. */
    private static HttpProblem busy(long retryAfterSeconds) {
        return new Problem(503, "Busy", "the server is checking many passwords just now and did not check this one; "
                + "send the same request again in " + retryAfterSeconds + " seconds", null)
                .raise().header("Retry-After", Long.toString(retryAfterSeconds));
    }

    private static String sentence(String problem) {
        return Character.toUpperCase(problem.charAt(0)) + problem.substring(1) + ".";
    }

    private static String minutes(long seconds) {
        long m = (seconds + 59) / 60;
        return m == 1 ? "a minute" : m + " minutes";
    }
}
