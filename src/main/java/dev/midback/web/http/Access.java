package dev.midback.web.http;

import io.javalin.security.RouteRole;

/** Who a route is for: everyone, or the person whose data it shows or changes. */
public enum Access implements RouteRole {
    /** The catalog, the guide, sign-in: open to all, and cacheable. */
    PUBLIC,
    /** A person's own data: needs a signed-in person in accounts mode, and is never stored by caches. */
    PERSONAL
}
