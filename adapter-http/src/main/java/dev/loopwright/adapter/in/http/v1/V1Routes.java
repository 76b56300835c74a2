package dev.loopwright.adapter.in.http.v1;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/** Registers developer-API routes, each guarded by {@link V1Handler}, and remembers them for the OpenAPI check. */
public final class V1Routes {
    private final JavalinConfig config;
    private final List<String> registered = new ArrayList<>();

    V1Routes(JavalinConfig config) {
        this.config = config;
    }

    public void get(String path, V1Handler handler) {
        add("get", path);
        config.routes.get(path, V1Handler.guarded(handler));
    }

    public void post(String path, V1Handler handler) {
        add("post", path);
        config.routes.post(path, V1Handler.guarded(handler));
    }

    public void patch(String path, V1Handler handler) {
        add("patch", path);
        config.routes.patch(path, V1Handler.guarded(handler));
    }

    public void delete(String path, V1Handler handler) {
        add("delete", path);
        config.routes.delete(path, V1Handler.guarded(handler));
    }

    /** A route that needs no caller (the OpenAPI document). */
    void publicGet(String path, Handler handler) {
        add("get", path);
        config.routes.get(path, handler);
    }

    private void add(String method, String path) {
        registered.add(method + " " + path);
    }

    List<String> registered() {
        return List.copyOf(registered);
    }
}
