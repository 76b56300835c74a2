package dev.loopwright.adapter.in.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers routes on Javalin and remembers them, so the OpenAPI document can be checked against what is
 * really served.
 */
final class ApiRoutes {
    /** One served route; the path uses Javalin's {@code {param}} syntax, as OpenAPI does. */
    record Route(String method, String path) {
    }

    private final JavalinConfig config;
    private final List<Route> registered = new ArrayList<>();

    ApiRoutes(JavalinConfig config) {
        this.config = config;
    }

    void get(String path, Handler handler) {
        registered.add(new Route("get", path));
        config.routes.get(path, handler);
    }

    void post(String path, Handler handler) {
        registered.add(new Route("post", path));
        config.routes.post(path, handler);
    }

    void put(String path, Handler handler) {
        registered.add(new Route("put", path));
        config.routes.put(path, handler);
    }

    void patch(String path, Handler handler) {
        registered.add(new Route("patch", path));
        config.routes.patch(path, handler);
    }

    void delete(String path, Handler handler) {
        registered.add(new Route("delete", path));
        config.routes.delete(path, handler);
    }

    /** For routes that register themselves differently (e.g. server-sent events). */
    void record(String method, String path) {
        registered.add(new Route(method, path));
    }

    JavalinConfig config() {
        return config;
    }

    List<Route> registered() {
        return List.copyOf(registered);
    }
}
