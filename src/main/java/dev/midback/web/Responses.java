package dev.midback.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/** How handlers answer: a rendered page, JSON, or a problem, marking the request as answered. */
final class Responses {

    static final String ANSWERED = "midback.answered";

    private final Templates templates = new Templates();
    private final ObjectMapper json = new ObjectMapper();
    private final String notice;
    private boolean accountsMode;

    Responses(String notice) {
        this.notice = notice;
    }

    /** In accounts mode pages show who is signed in, and their forms carry the CSRF token. */
    void accountsMode(boolean on) {
        this.accountsMode = on;
    }

    void html(Context ctx, int status, String template, Object page) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        String html = templates.render(template, page);
        if (accountsMode) {
            html = AccountChrome.adapt(html, ctx.attribute(AccountHandlers.ACCOUNT), ctx.attribute(AccountHandlers.CSRF));
        }
        ctx.status(status).contentType("text/html; charset=utf-8").result(html);
    }

    void json(Context ctx, int status, Object body) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        try {
            ctx.status(status).contentType("application/json").result(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void problem(Context ctx, Problem problem) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        try {
            ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(json.writeValueAsString(problem.body(ctx.path())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page saying what was wrong, for people; a problem, for the API. */
    void error(Context ctx, int status, String title, String detail) {
        error(ctx, status, title, detail, "/", "Back to the exercises");
    }

    /** The same, with the way back to where the person was. */
    void error(Context ctx, int status, String title, String detail, String backUrl, String backLabel) {
        if (ctx.path().startsWith("/api/")) {
            problem(ctx, new Problem(status, title, detail, null));
        } else {
            html(ctx, status, "error/show.jte", new ErrorPage(notice, status, title, detail, backUrl, backLabel));
        }
    }
}
