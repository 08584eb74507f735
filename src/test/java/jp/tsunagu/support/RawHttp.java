package jp.tsunagu.support;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests written byte for byte on a socket, so that odd paths and headers reach the server as
 * they are: no client rewrites, validates or completes them.
 */
public final class RawHttp {

    private final URL base;

    public RawHttp(URL base) {
        this.base = base;
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code headers} are sent as given (a null value leaves the header out); Host, Connection and Content-Length are added. */
    public Reply send(String method, String path, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder().append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                .append("Connection: close\r\n");
        headers.forEach((name, value) -> {
            if (value != null) {
                head.append(name).append(": ").append(value).append("\r\n");
            }
        });
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return Reply.parse(all.toByteArray());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("request failed: " + method + " " + path + ": " + e, e);
        }
    }

    /**
     * Sends {@code request} as it is (one request or several pipelined) on one connection and reads
     * until the server closes it, or {@code timeout} passes without a byte: what came back, and whether
     * the server closed the connection (false: it kept it open and stopped answering).
     */
    public Exchange exchange(byte[] request, java.time.Duration timeout) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) timeout.toMillis());
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                    all.write(buffer, 0, n);
                }
                return new Exchange(all.toByteArray(), true);
            } catch (java.net.SocketTimeoutException e) {
                return new Exchange(all.toByteArray(), false);
            } catch (java.net.SocketException e) {
                // A reset after the answer: the server closed the connection with unread input left.
                return new Exchange(all.toByteArray(), true);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("exchange failed: " + e, e);
        }
    }

    /** The bytes a connection returned, and whether the server closed it. */
    public record Exchange(byte[] bytes, boolean closedByServer) {

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** The first answer on the connection. */
        public Reply first() {
            return Reply.parse(bytes);
        }

        /** How many status lines came back. */
        public int answers() {
            return text().split("HTTP/1\\.1 \\d{3}", -1).length - 1;
        }
    }

    /** A parsed answer (chunked bodies joined). */
    public record Reply(int status, Map<String, String> headers, String body) {

        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        static Reply parse(byte[] bytes) {
            int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
            if (end < 0) {
                return new Reply(-1, Map.of(), "no answer: [" + new String(bytes, StandardCharsets.UTF_8) + "]");
            }
            String[] lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
                }
            }
            byte[] rest = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
            if (headers.getOrDefault("transfer-encoding", "").contains("chunked")) {
                ByteArrayOutputStream joined = new ByteArrayOutputStream();
                int i = 0;
                while (i < rest.length) {
                    int lineEnd = indexOf(rest, new byte[] {'\r', '\n'}, i);
                    if (lineEnd < 0) {
                        break;
                    }
                    int size = Integer.parseInt(new String(rest, i, lineEnd - i, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
                    if (size == 0) {
                        break;
                    }
                    joined.write(rest, lineEnd + 2, Math.min(size, rest.length - lineEnd - 2));
                    i = lineEnd + 2 + size + 2;
                }
                rest = joined.toByteArray();
            }
            return new Reply(status, headers, new String(rest, StandardCharsets.UTF_8));
        }

        private static int indexOf(byte[] bytes, byte[] what, int from) {
            outer:
            for (int i = from; i + what.length <= bytes.length; i++) {
                for (int j = 0; j < what.length; j++) {
                    if (bytes[i + j] != what[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + (body.length() > 400 ? body.substring(0, 400) + "…" : body);
        }
    }
}
