package jp.tsunagu.platform;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The first thing every request of the application meets. It reads a JSON body whole, up to
 * {@link JsonBodyGuard#MAX_BYTES}, and refuses one too large or too deeply nested with a problem
 * before anything parses it; and it turns every error the container would answer with its own
 * page ({@code sendError}, an escaped failure) into a problem in Japanese.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ProblemFilter implements Filter {

    private static final Logger LOG = Logger.getLogger(ProblemFilter.class.getName());

    /** What a refused body is still read up to, so that the caller gets the answer rather than a reset connection. */
    private static final long DRAIN_LIMIT = 64L << 20;

    /**
     * The longest path with query the service reads (8 KB, as common servers and proxies allow). The
     * container's own header buffer is set larger (deploy/payara), so that a longer line still
     * reaches this filter and is answered 414 in the caller's terms rather than with the
     * container's empty 400.
     */
    static final int MAX_REQUEST_TARGET = 8 * 1024;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = new ProblemResponse((HttpServletResponse) res);
        if (requestTargetLength(request) > MAX_REQUEST_TARGET) {
            // The connection is closed after the answer: a client that sent so long a line may have
            // more of it, or a pipelined request, that no longer makes sense to read.
            response.setHeader("Connection", "close");
            write(response, 414, Problems.title(414), "アドレス（パラメーターを含む）は " + MAX_REQUEST_TARGET
                    + " 文字までです。検索の条件を減らすか、本文で送ってください。");
            return;
        }
        if (hasJsonBody(request)) {
            InputStream in = request.getInputStream();
            if (request.getContentLengthLong() > JsonBodyGuard.MAX_BYTES) {
                refuse(in, response, JsonBodyGuard.tooLarge());
                return;
            }
            byte[] body = in.readNBytes(JsonBodyGuard.MAX_BYTES + 1);
            Optional<JsonBodyGuard.Refusal> refusal = JsonBodyGuard.check(body, body.length);
            if (refusal.isPresent()) {
                refuse(in, response, refusal.get());
                return;
            }
            request = new BufferedRequest(request, body);
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            if (res.isCommitted()) {
                LOG.log(Level.SEVERE, "request failed outside the API's error handling", e);
                throw e;
            }
            if (DatabaseUnavailable.isCause(e)) {
                LOG.warning(() -> "database unavailable: " + e);
                ((HttpServletResponse) res).setHeader("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
                write((HttpServletResponse) res, 503, DatabaseUnavailable.title(), DatabaseUnavailable.detail());
                return;
            }
            LOG.log(Level.SEVERE, "request failed outside the API's error handling", e);
            write((HttpServletResponse) res, 500, Problems.title(500), Problems.detail(500));
        }
    }

    /** The path and query as sent, in characters. */
    static int requestTargetLength(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
    }

    static boolean hasJsonBody(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        String media = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return media.equals("application/json") || media.endsWith("+json");
    }

    private static void refuse(InputStream in, HttpServletResponse response, JsonBodyGuard.Refusal refusal) throws IOException {
        long drained = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int n; drained < DRAIN_LIMIT && (n = in.read(buffer)) > 0; ) {
            drained += n;
        }
        if (drained >= DRAIN_LIMIT) {
            response.setHeader("Connection", "close");
        }
        write(response, refusal.status(),
                refusal.status() == 413 ? Problems.title(413) : "JSONを読み取れません", refusal.detail());
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(Problems.MEDIA_TYPE + ";charset=UTF-8");
        byte[] bytes = Problems.json(status, title, detail).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }

    /** Answers {@code sendError} (the container's and its default servlet's way to fail) with a problem. */
    static final class ProblemResponse extends HttpServletResponseWrapper {

        ProblemResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message);
                return;
            }
            if (status == 501) {
                // A servlet's answer to a method it does not implement (PATCH, or a made-up one, on a
                // static address): the caller's mistake, as the API answers it, not a server failure.
                status = 405;
                setHeader("Allow", "GET, HEAD, OPTIONS");
            }
            write((HttpServletResponse) getResponse(), status, Problems.title(status), Problems.detail(status));
        }
    }

    /** The request with its body already read. */
    static final class BufferedRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }
    }
}
