package dev.midback.web.view;

import dev.midback.web.http.Prepared;
import dev.midback.web.http.Visitor;
import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** How handlers answer people: a page rendered in the frame of the request's visitor. */
public final class Pages {

    public static final String HTML = "text/html; charset=utf-8";

    private final Templates templates = new Templates();
    private final Map<String, Prepared> prepared = new ConcurrentHashMap<>();
    private final String notice;

    public Pages(String notice) {
        this.notice = notice;
    }

    public void html(Context ctx, int status, String template, Object page) {
        ctx.status(status).contentType(HTML).result(templates.render(template, page, Frame.of(Visitor.of(ctx), here(ctx))));
    }

    /**
     * A page that is the same for everyone not signed in (the catalog, the guide): prepared once per
     * kind of frame and sent with its ETag; a signed-in person's page is rendered for them.
     */
    public void shared(Context ctx, String key, String template, Supplier<Object> page) {
        Visitor visitor = Visitor.of(ctx);
        if (visitor.isSignedIn()) {
            ctx.header("Cache-Control", "private, no-cache");
            html(ctx, 200, template, page.get());
            return;
        }
        Frame frame = Frame.shared(visitor.accountsMode(), here(ctx));
        prepared.computeIfAbsent(key + (frame.accountsMode() ? "|accounts" : "|personal"),
                k -> Prepared.of(HTML, templates.render(template, page.get(), frame))).send(ctx, "no-cache");
    }

    /** A page saying what is wrong and the way back. */
    public byte[] error(Visitor visitor, int status, String title, String detail, String backUrl, String backLabel) {
        return templates.render("error/show.jte", new ErrorPage(notice, status, title, detail,
                backUrl == null ? "/" : backUrl, backLabel == null ? "Back to the exercises" : backLabel), Frame.of(visitor, null));
    }

    /** The address of the request, path and query, for the way back after signing in. */
    static String here(Context ctx) {
        String query = ctx.queryString();
        return ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
