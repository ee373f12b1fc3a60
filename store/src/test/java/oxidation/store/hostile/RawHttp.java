package oxidation.store.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A bare HTTP/1.1 client over a socket, one request per connection: it sends the request line exactly as
 * given (bad percent-encoding, raw bytes and all), which {@link java.net.http.HttpClient} would refuse to.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** What came back; status 0 when the server closed the connection without answering. */
    record Response(int status, String head, String body, Duration took) {
    }

    static Response send(int port, FuzzRequests.Request request, Duration timeout) throws IOException {
        long started = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder();
            head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n").append("Connection: close\r\n");
            request.headers().forEach(h -> head.append(h).append("\r\n"));
            head.append("\r\n");
            try {
                out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                out.flush();
                socket.shutdownOutput(); // no body follows: a CONNECT must not wait for one
            } catch (IOException e) {
                // the server may refuse a huge request line before reading it all: read what it answered
            }
            byte[] bytes = readAll(socket.getInputStream(), started, timeout);
            return parse(new String(bytes, StandardCharsets.UTF_8), Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private static byte[] readAll(InputStream in, long started, Duration timeout) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
                if (System.nanoTime() - started > timeout.toNanos()) {
                    throw new SocketTimeoutException("the response took longer than " + timeout);
                }
            }
        } catch (java.net.SocketException e) {
            // reset by the server after it answered (or without answering): keep what arrived
        }
        return all.toByteArray();
    }

    private static Response parse(String raw, Duration took) {
        if (!raw.startsWith("HTTP/1.")) {
            return new Response(0, raw, "", took);
        }
        int end = raw.indexOf("\r\n\r\n");
        String head = end < 0 ? raw : raw.substring(0, end);
        String body = end < 0 ? "" : raw.substring(end + 4);
        int status = Integer.parseInt(head.substring(9, 12));
        return new Response(status, head, body, took);
    }
}
