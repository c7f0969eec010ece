package dev.midback.web;

import io.javalin.http.Context;
import java.net.URI;

/**
 * Whether a state-changing request comes from the app's own pages (or from no browser page at all),
 * so another site's form or script cannot change a person's data. Browsers say where a request
 * comes from in {@code Sec-Fetch-Site}; older ones only in {@code Origin}, which is {@code null}
 * under this app's no-referrer policy and then says nothing.
 */
final class SameOrigin {

    private SameOrigin() {
    }

    static boolean allows(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = ctx.header("Origin");
        if (origin == null || origin.equals("null")) {
            return true;
        }
        try {
            String authority = URI.create(origin).getAuthority();
            return authority != null && authority.equalsIgnoreCase(ctx.host());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
