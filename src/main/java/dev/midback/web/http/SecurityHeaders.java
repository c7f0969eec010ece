package dev.midback.web.http;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.function.BiConsumer;

/** The headers every answer carries, including those Jetty writes itself for a malformed request. */
public final class SecurityHeaders {

    public static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                    + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            "X-Frame-Options", "DENY");

    private SecurityHeaders() {
    }

    public static void apply(HttpServletResponse response) {
        apply(response::setHeader);
    }

    public static void apply(BiConsumer<String, String> setter) {
        ALL.forEach(setter);
    }
}
