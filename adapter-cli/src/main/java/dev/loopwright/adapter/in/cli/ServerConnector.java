package dev.loopwright.adapter.in.cli;

/**
 * How a command reaches a Loopwright server: the one already running on the data directory, one named with
 * {@code --server}, or one the composition root starts in this process for the command's duration.
 */
@FunctionalInterface
public interface ServerConnector {

    Connection connect(ConnectionOptions options);

    /** A server to talk to, for as long as the command runs. */
    interface Connection extends AutoCloseable {
        ApiClient api();

        /** Stops a server started for this command; leaves a server someone else runs alone. */
        @Override
        void close();
    }
}
