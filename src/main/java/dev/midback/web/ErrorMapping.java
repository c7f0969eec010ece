package dev.midback.web;

import dev.midback.web.http.HttpProblem;
import dev.midback.web.http.Problem;
import dev.midback.web.http.Responses;
import dev.midback.web.http.Visitor;
import dev.midback.web.view.Pages;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where problems become answers: a thrown {@link HttpProblem}, Javalin's own refusals
 * (no such address, wrong method, body too large) and anything unexpected, as
 * {@code application/problem+json} for the API and as a page for people.
 */
final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private final Responses responses;
    private final Pages pages;

    ErrorMapping(Responses responses, Pages pages) {
        this.responses = responses;
        this.pages = pages;
    }

    void install(JavalinConfig config) {
        config.routes.exception(HttpProblem.class, (e, ctx) -> answer(ctx, e));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, fromJavalin(e, ctx)));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request failed: {} {}", ctx.method(), ctx.path(), e);
            answer(ctx, new Problem(500, "Something went wrong", "Something went wrong on our side. Please try again.", null)
                    .raise());
        });
    }

    void answer(Context ctx, HttpProblem thrown) {
        Problem problem = thrown.problem();
        ctx.res().resetBuffer();
        thrown.headers().forEach(ctx::header);
        if (wantsJson(ctx)) {
            responses.problem(ctx, problem);
        } else {
            ctx.status(problem.status()).contentType(Pages.HTML).result(pages.error(Visitor.of(ctx), problem.status(),
                    problem.title(), sentence(problem.detail()), thrown.backUrl(), thrown.backLabel()));
        }
    }

    /** JSON for the API and for clients that ask for it; a page for browsers. */
    static boolean wantsJson(Context ctx) {
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/health")) {
            return true;
        }
        String accept = ctx.header("Accept");
        if (accept == null) {
            return false;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        return !lower.contains("text/html") && (lower.contains("json"));
    }

    private static HttpProblem fromJavalin(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        return switch (status) {
            case 404 -> Problem.notFound(null, "There is nothing at " + ctx.path() + ".").raise();
            case 405 -> {
                String allowed = String.valueOf(e.getDetails().getOrDefault("availableMethods", ""))
                        .replace("[", "").replace("]", "");
                yield new Problem(405, "Method not allowed", ctx.method() + " is not one of the methods of " + ctx.path()
                        + (allowed.isBlank() ? "" : " (" + allowed + ")"), null).raise().header("Allow", allowed);
            }
            case 413 -> new Problem(413, "Too large", "the body is larger than this address accepts", "body").raise();
            default -> new Problem(status, e.getMessage() == null ? "Refused" : e.getMessage(),
                    "the request was refused: " + e.getMessage(), null).raise();
        };
    }

    private static String sentence(String detail) {
        if (detail == null || detail.isEmpty()) {
            return "";
        }
        String s = Character.toUpperCase(detail.charAt(0)) + detail.substring(1);
        return s.endsWith(".") || s.endsWith("?") || s.endsWith("!") ? s : s + ".";
    }

}
