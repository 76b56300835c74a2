package dev.loopwright.adapter.in.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A server-sent-events client on a raw socket, for tests: it can stop reading (a slow client), or just go away,
 * which no higher-level client lets us do on purpose. Reads HTTP/1.1 with or without chunked encoding.
 */
final class EventStreamClient implements AutoCloseable {
    /** One event as received; {@code id} is null when the event had none. */
    record Event(String name, String id, String data) {
    }

    private final Socket socket;
    private final InputStream in;
    private final int status;
    private final Map<String, String> headers;

    private EventStreamClient(Socket socket, InputStream raw) throws IOException {
        this.socket = socket;
        String statusLine = line(raw);
        this.status = Integer.parseInt(statusLine.split(" ")[1]);
        this.headers = new LinkedHashMap<>();
        for (String header = line(raw); !header.isEmpty(); header = line(raw)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        this.in = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? new Chunked(raw) : raw;
    }

    /** Opens {@code pathAndQuery} with {@code Accept: text/event-stream} and reads the status and headers. */
    static EventStreamClient open(int port, String pathAndQuery, Map<String, String> extraHeaders) throws IOException {
        return open(port, pathAndQuery, extraHeaders, 0);
    }

    /** As {@link #open(int, String, Map)}, with a small receive buffer for a client meant to fall behind. */
    static EventStreamClient open(int port, String pathAndQuery, Map<String, String> extraHeaders, int receiveBuffer)
            throws IOException {
        Socket socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(30_000);
        StringBuilder request = new StringBuilder("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nAccept: text/event-stream\r\n");
        extraHeaders.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        OutputStream out = socket.getOutputStream();
        out.write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        return new EventStreamClient(socket, new BufferedInputStream(socket.getInputStream()));
    }

    int status() {
        return status;
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The rest of a non-stream answer (e.g. a JSON error). */
    String body() throws IOException {
        String length = headers.get("content-length");
        return length == null ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
                : new String(in.readNBytes(Integer.parseInt(length)), StandardCharsets.UTF_8);
    }

    /** The next event, skipping comments; fails when none arrives within {@code timeout}. */
    Event next(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        String name = "message";
        String id = null;
        StringBuilder data = new StringBuilder();
        boolean any = false;
        while (true) {
            String line;
            try {
                line = line(in);
            } catch (SocketTimeoutException e) {
                throw new IOException("no event within " + timeout, e);
            }
            if (line.isEmpty()) {
                if (any) {
                    return new Event(name, id, data.toString());
                }
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            any = true;
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
            switch (field) {
                case "event":
                    name = value;
                    break;
                case "id":
                    id = value;
                    break;
                case "data":
                    data.append(data.length() == 0 ? "" : "\n").append(value);
                    break;
                default:
                    break;
            }
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the server closed the stream");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** HTTP/1.1 chunked transfer decoding. */
    private static final class Chunked extends InputStream {
        private final InputStream raw;
        private int left;

        Chunked(InputStream raw) {
            this.raw = raw;
        }

        @Override
        public int read() throws IOException {
            if (left == 0) {
                String size = line(raw);
                if (size.isEmpty()) {
                    // The line break that ends the previous chunk.
                    size = line(raw);
                }
                left = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (left == 0) {
                    return -1;
                }
            }
            left--;
            return raw.read();
        }
    }
}
