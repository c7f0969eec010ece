package dev.midback.web.http;

import dev.midback.input.Checked;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * The one guard in front of every route, in both modes: the host must be this app's, text in the
 * address must be clean, and a change must come from the app's own pages (or from no browser),
 * in the content type its route reads, as valid UTF-8, and in accounts mode with the CSRF token.
 */
public final class Guard {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String CSRF_FIELD = "csrf";

    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    private static final String FORM_FIELDS = "midback.form";
    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final Site site;
    private final ExternalAddress address;
    private final ToLongFunction<String> bodyLimit;

    /** A guard reading bodies of any size the server lets through. */
    public Guard(Site site) {
        this(site, path -> Long.MAX_VALUE);
    }

    /** A guard refusing a body larger than {@code bodyLimit} gives for the request's path, before reading it. */
    public Guard(Site site, ToLongFunction<String> bodyLimit) {
        this.site = site;
        this.address = new ExternalAddress(site);
        this.bodyLimit = bodyLimit;
    }

    /** Runs before every route: host, address text, origin, content type and body text. */
    public void check(Context ctx) {
        SecurityHeaders.apply(ctx.res());
        if (!site.answersTo(hostName(ctx.header("Host")))) {
            throw Problem.forbidden("Host", "this server does not answer to the host '" + shorten(ctx.header("Host"))
                    + "'; open it at the address it was started on").raise();
        }
        if (ctx.path().toLowerCase(Locale.ROOT).contains("%00") || ctx.path().indexOf('\0') >= 0) {
            throw Problem.badField("path", "the address may not hold the NUL character").raise();
        }
        Checked<Map<String, List<String>>> query = FormText.decode(ctx.queryString());
        if (!query.isValid()) {
            throw Problem.badField(query.field(), "the address's " + query.problem()).raise();
        }
        if (SAFE.contains(ctx.method())) {
            return;
        }
        if (!isSameOrigin(ctx)) {
            throw Problem.forbidden("Origin", "changes can only be made from Midback's own pages").raise();
        }
        checkBody(ctx);
    }

    /** In accounts mode, after the visitor is known: a change must carry the visitor's CSRF token. */
    public void checkCsrf(Context ctx) {
        if (SAFE.contains(ctx.method()) || !site.accountsMode()) {
            return;
        }
        String expected = Visitor.of(ctx).csrfToken();
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null) {
            Map<String, List<String>> form = ctx.attribute(FORM_FIELDS);
            List<String> values = form == null ? null : form.get(CSRF_FIELD);
            sent = values == null || values.isEmpty() ? null : values.get(0);
        }
        if (expected == null || sent == null
                || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw Problem.forbidden(CSRF_HEADER, "a change must carry the CSRF token of your browser session, in the "
                    + CSRF_HEADER + " header (GET /api/sessions/current gives it) or the form's " + CSRF_FIELD + " field").raise();
        }
    }

    /**
     * Whether a change comes from this app's own pages, or from no browser page at all. Browsers
     * say where a request comes from in {@code Sec-Fetch-Site}; older ones in {@code Origin}.
     */
    boolean isSameOrigin(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = ctx.header("Origin");
        if (origin == null) {
            return true;
        }
        try {
            URI uri = URI.create(origin.strip());
            return uri.getScheme() != null && uri.getAuthority() != null
                    && (uri.getScheme() + "://" + uri.getAuthority()).equalsIgnoreCase(address.origin(ctx));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void checkBody(Context ctx) {
        boolean hasBody = ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
        if (!hasBody) {
            return;
        }
        long limit = bodyLimit.applyAsLong(ctx.path());
        if (ctx.req().getContentLengthLong() > limit) {
            throw tooLarge(limit);
        }
        boolean api = ctx.path().startsWith("/api/");
        String wanted = api ? JSON : FORM;
        String type = ctx.header("Content-Type");
        if (!isType(type, wanted)) {
            throw new Problem(415, "Unsupported content type", (api ? "the JSON API reads only " : "forms are read only as ")
                    + wanted + " in UTF-8, not '" + shorten(type) + "'", "Content-Type").raise();
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > limit) {
            throw tooLarge(limit);
        }
        String text = FormText.strictUtf8(bytes);
        if (text == null) {
            throw Problem.badField("body", "the body is not valid UTF-8 text").raise();
        }
        if (!api) {
            Checked<Map<String, List<String>>> form = FormText.decode(text);
            if (!form.isValid()) {
                throw Problem.of(form).raise();
            }
            ctx.attribute(FORM_FIELDS, form.value());
        }
    }

    private static HttpProblem tooLarge(long limit) {
        return new Problem(413, "Too large", "the body is larger than the " + limit + " bytes this address accepts", "body").raise();
    }

    /** {@code application/json} or {@code application/json; charset=utf-8}, and nothing else. */
    static boolean isType(String header, String wanted) {
        if (header == null) {
            return false;
        }
        String[] parts = header.split(";");
        if (!parts[0].strip().equalsIgnoreCase(wanted)) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].strip().toLowerCase(Locale.ROOT).replace("\"", "");
            if (!param.isEmpty() && !param.equals("charset=utf-8")) {
                return false;
            }
        }
        return true;
    }

    /** The host name of a Host header, without the port. */
    static String hostName(String host) {
        if (host == null) {
            return null;
        }
        String h = host.strip();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? null : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 60 ? clean.substring(0, 60) + "..." : clean;
    }
}
