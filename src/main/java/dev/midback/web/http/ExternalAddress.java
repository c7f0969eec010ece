package dev.midback.web.http;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * The address a person's browser used to reach the app: behind a trusted proxy, the scheme and host
 * it forwards ({@code X-Forwarded-Proto}, {@code X-Forwarded-Host}); otherwise the request's own.
 */
public final class ExternalAddress {

    private final Site site;

    public ExternalAddress(Site site) {
        this.site = site;
    }

    /** Whether the person's browser spoke https to us or to the proxy in front. */
    public boolean isSecure(Context ctx) {
        return "https".equals(scheme(ctx));
    }

    public String scheme(Context ctx) {
        String forwarded = trusted(ctx) ? first(ctx.header("X-Forwarded-Proto")) : null;
        if (forwarded != null && (forwarded.equals("https") || forwarded.equals("http"))) {
            return forwarded;
        }
        return ctx.scheme().toLowerCase(Locale.ROOT);
    }

    /** Host and port as the browser named them. */
    public String host(Context ctx) {
        String forwarded = trusted(ctx) ? first(ctx.header("X-Forwarded-Host")) : null;
        if (forwarded != null && forwarded.matches("[A-Za-z0-9.\\-]{1,253}(:\\d{1,5})?|\\[[0-9A-Fa-f:.]{2,45}](:\\d{1,5})?")) {
            return forwarded;
        }
        String host = ctx.host();
        return host == null ? "localhost" : host;
    }

    /** {@code https://example.org} or {@code http://127.0.0.1:8080}: what a link to this app starts with. */
    public String origin(Context ctx) {
        return scheme(ctx) + "://" + host(ctx);
    }

    private boolean trusted(Context ctx) {
        return site.trustedProxies().contains(ctx.req().getRemoteAddr());
    }

    private static String first(String header) {
        if (header == null) {
            return null;
        }
        String value = header.split(",", 2)[0].strip();
        return value.isEmpty() ? null : value.toLowerCase(Locale.ROOT);
    }
}
