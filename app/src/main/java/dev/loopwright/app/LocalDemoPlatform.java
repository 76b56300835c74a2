package dev.loopwright.app;

import dev.loopwright.adapter.in.http.HttpSecurity;
import dev.loopwright.adapter.in.http.HttpServerSettings;
import dev.loopwright.adapter.in.http.StreamSettings;
import dev.loopwright.adapter.out.persistence.DataDirectory;
import dev.loopwright.app.demo.DemoPlatform;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/** The demo's servers: a managed OpenCode and an in-process Loopwright server, open to local requests only. */
final class LocalDemoPlatform implements DemoPlatform {
    @Override
    public Running start(Path openCodeBinary, Path folder, Map<String, String> openCodeEnvironment,
            Path dataDirectory) {
        OpenCodeConnection openCode = OpenCodeConnection.managed(openCodeBinary, folder, openCodeEnvironment);
        LoopwrightServer server;
        try {
            server = LoopwrightServer.start(new HttpServerSettings("127.0.0.1", 0),
                    new DataDirectory(dataDirectory, DataDirectory.Source.FLAG), HttpSecurity.LOCAL_OPEN,
                    StreamSettings.DEFAULT, openCode.runtime());
        } catch (RuntimeException e) {
            openCode.close();
            throw e;
        }
        return new Running() {
            @Override
            public URI loopwright() {
                return URI.create("http://127.0.0.1:" + server.port());
            }

            @Override
            public String openCodeDescription() {
                return openCode.description();
            }

            @Override
            public void close() {
                try {
                    server.close();
                } finally {
                    openCode.close();
                }
            }
        };
    }
}
