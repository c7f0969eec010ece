package dev.midback.web;

import dev.midback.web.http.HttpProblem;
import dev.midback.web.http.Problem;
import dev.midback.web.http.Responses;
import dev.midback.web.http.SecurityHeaders;
import dev.midback.web.http.Site;
import dev.midback.web.http.Visitor;
import dev.midback.web.view.Pages;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where problems become answers: a thrown {@link HttpProblem}, Javalin's own refusals
 * (no such address, wrong method, body too large), anything unexpected, and through
 * {@link JettyErrors} what Jetty refuses itself, as {@code application/problem+json} for the API and
 * as a page for people, in UTF-8, with the security headers, never stored by a cache.
 */
final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private final Responses responses;
    private final Pages pages;
    private final Site site;

    ErrorMapping(Responses responses, Pages pages, Site site) {
        this.responses = responses;
        this.pages = pages;
        this.site = site;
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
        SecurityHeaders.apply(ctx.res());
        ctx.header("Cache-Control", "no-store");
        thrown.headers().forEach(ctx::header);
        if (wantsJson(ctx.path(), ctx.header("Accept"))) {
            responses.problem(ctx, problem);
        } else {
            Visitor visitor = Visitor.attached(ctx).orElseGet(() -> Visitor.nobody(site.accountsMode()));
            ctx.status(problem.status()).contentType(Pages.HTML).result(page(visitor, problem, thrown.backUrl(), thrown.backLabel()));
        }
    }

    /** The page telling a person what went wrong, with a way back. */
    byte[] page(Visitor visitor, Problem problem, String backUrl, String backLabel) {
        return pages.error(visitor, problem.status(), problem.title(), sentence(problem.detail()), backUrl, backLabel);
    }

    /** A page for someone not known yet (Jetty refuses a request before the app sees who sent it). */
    byte[] page(Problem problem) {
        return page(Visitor.nobody(site.accountsMode()), problem, null, null);
    }

    /** JSON for the API and for clients that ask for it; a page for browsers. */
    static boolean wantsJson(String path, String accept) {
        if (path == null || path.startsWith("/api/") || path.equals("/health")) {
            return true;
        }
        if (accept == null) {
            return false;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        return !lower.contains("text/html") && lower.contains("json");
    }

    private static HttpProblem fromJavalin(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        return switch (status) {
            case 404 -> Problem.notFound(null, "There is nothing at " + ctx.path() + ".").raise();
            case 405 -> {
                String allowed = allowed(e.getDetails());
                String detail = !wantsJson(ctx.path(), ctx.header("Accept")) && ctx.method().name().equals("GET")
                        ? "this address only receives forms sent from Midback's own pages; there is no page to show here"
                        : ctx.method() + " is not one of the methods of " + ctx.path() + (allowed.isBlank() ? "" : " (" + allowed + ")");
                yield new Problem(405, "Method not allowed", detail, null).raise().header("Allow", allowed);
            }
            case 413 -> new Problem(413, "Too large", "the body is larger than this address accepts", "body").raise();
            default -> new Problem(status, e.getMessage() == null ? "Refused" : e.getMessage(),
                    "the request was refused: " + e.getMessage(), null).raise();
        };
    }

    /** The methods Javalin found for the address; it names them differently when the client accepts HTML. */
    private static String allowed(Map<String, String> details) {
        String methods = details.getOrDefault("availableMethods", details.getOrDefault("Available methods", ""));
        return methods.replace("[", "").replace("]", "");
    }

    private static String sentence(String detail) {
        if (detail == null || detail.isEmpty()) {
            return "";
        }
        String s = Character.toUpperCase(detail.charAt(0)) + detail.substring(1);
        return s.endsWith(".") || s.endsWith("?") || s.endsWith("!") ? s : s + ".";
    }
}
