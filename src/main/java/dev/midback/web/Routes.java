package dev.midback.web;

import dev.midback.web.http.Access;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * Every route of the app, in one table: method, address, handler, and who it is for. Each GET
 * route answers HEAD too, with the same status and headers and no body.
 */
final class Routes {

    /** One line of the table. */
    record Route(HandlerType method, String path, Handler handler, Access access) {
    }

    private final List<Route> routes = new ArrayList<>();

    Routes get(String path, Access access, Handler handler) {
        return add(HandlerType.GET, path, access, handler);
    }

    Routes post(String path, Access access, Handler handler) {
        return add(HandlerType.POST, path, access, handler);
    }

    Routes put(String path, Access access, Handler handler) {
        return add(HandlerType.PUT, path, access, handler);
    }

    Routes delete(String path, Access access, Handler handler) {
        return add(HandlerType.DELETE, path, access, handler);
    }

    private Routes add(HandlerType method, String path, Access access, Handler handler) {
        routes.add(new Route(method, path, handler, access));
        return this;
    }

    List<Route> all() {
        return List.copyOf(routes);
    }

    void install(JavalinConfig config) {
        for (Route route : routes) {
            config.routes.addHttpHandler(route.method(), route.path(), route.handler(), route.access());
            if (route.method() == HandlerType.GET) {
                config.routes.addHttpHandler(HandlerType.HEAD, route.path(), route.handler(), route.access());
            }
        }
    }
}
