package jp.tsunagu.platform;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Admits API requests a few at a time ({@link RequestAdmission}). The progress streams of running
 * rounds are not counted, as a stream stays open for minutes; health checks ({@code /health}, outside
 * the API) never pass here, so a balancer still sees a busy instance answer.
 *
 * <p>Settings: {@code tsunagu.admission.concurrent} (default {@value #DEFAULT_CONCURRENT}) and
 * {@code tsunagu.admission.waitMillis} (default {@value #DEFAULT_WAIT_MILLIS}).
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class AdmissionFilter implements Filter {

    static final int DEFAULT_CONCURRENT = 8;
    /**
     * Short on purpose: a request waits here on one of the container's request threads, and while all
     * of those wait the next requests queue in front of the application where no limit applies (at
     * 3 s every answer came after the callers' 10 s timeout under overload).
     */
    static final long DEFAULT_WAIT_MILLIS = 200;
    static final int RETRY_AFTER_SECONDS = 2;

    private static final Logger LOG = Logger.getLogger(AdmissionFilter.class.getName());

    private RequestAdmission admission;

    @Override
    public void init(FilterConfig config) {
        var settings = ConfigProvider.getConfig();
        int concurrent = settings.getOptionalValue("tsunagu.admission.concurrent", Integer.class).orElse(DEFAULT_CONCURRENT);
        long wait = settings.getOptionalValue("tsunagu.admission.waitMillis", Long.class).orElse(DEFAULT_WAIT_MILLIS);
        admission = new RequestAdmission(concurrent, Duration.ofMillis(wait));
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (exempt(request)) {
            chain.doFilter(req, res);
            return;
        }
        Optional<RequestAdmission.Turn> turn;
        try {
            turn = admission.enter();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = Optional.empty();
        }
        if (turn.isEmpty()) {
            LOG.fine(() -> "busy: " + request.getMethod() + " " + request.getRequestURI() + " refused");
            HttpServletResponse response = (HttpServletResponse) res;
            response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            ProblemFilter.write(response, 503, Problems.title(503), "ただいま混み合っているため、リクエストは実行されず、"
                    + "何も変更されていません。" + RETRY_AFTER_SECONDS + "秒ほど待ってからもう一度お試しください。");
            return;
        }
        try (RequestAdmission.Turn admitted = turn.get()) {
            chain.doFilter(req, res);
        }
    }

    /** Round progress streams. */
    static boolean exempt(HttpServletRequest request) {
        return request.getRequestURI().endsWith("/events");
    }
}
