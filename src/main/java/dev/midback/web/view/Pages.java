package dev.midback.web.view;

import dev.midback.web.http.Visitor;
import io.javalin.http.Context;

/** How handlers answer people: a page rendered in the frame of the request's visitor. */
public final class Pages {

    public static final String HTML = "text/html; charset=utf-8";

    private final Templates templates = new Templates();
    private final String notice;

    public Pages(String notice) {
        this.notice = notice;
    }

    public void html(Context ctx, int status, String template, Object page) {
        ctx.status(status).contentType(HTML).result(templates.render(template, page, Frame.of(Visitor.of(ctx))));
    }

    /** A page saying what is wrong and the way back. */
    public byte[] error(Visitor visitor, int status, String title, String detail, String backUrl, String backLabel) {
        return templates.render("error/show.jte", new ErrorPage(notice, status, title, detail,
                backUrl == null ? "/" : backUrl, backLabel == null ? "Back to the exercises" : backLabel), Frame.of(visitor));
    }
}
