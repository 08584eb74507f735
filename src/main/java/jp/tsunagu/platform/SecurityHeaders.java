package jp.tsunagu.platform;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Security headers on every response of the application, set before anything else answers, so
 * that an error page carries them too: no content-type sniffing, no framing, no referrer leaving
 * the service, and a content policy that allows nothing from elsewhere (the service works on a
 * closed network; pages it serves load only their own files).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders implements Filter {

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    /**
     * Answers of the API hold personal data: never stored by a browser or proxy. The interface's own
     * files (scripts, styles, libraries) hold none, so an old office PC may keep them and only ask
     * whether they changed.
     */
    static String cacheControl(String pathInApplication) {
        boolean staticFile = pathInApplication.startsWith("/assets/") || pathInApplication.startsWith("/webjars/");
        return staticFile ? "no-cache" : "no-store";
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        HEADERS.forEach(http::setHeader);
        HttpServletRequest httpRequest = (HttpServletRequest) request;
        // The servlet path is decoded and normalised, so "/assets/../api/..." cannot pass as a file.
        String path = httpRequest.getServletPath() + (httpRequest.getPathInfo() == null ? "" : httpRequest.getPathInfo());
        http.setHeader("Cache-Control", cacheControl(path));
        chain.doFilter(request, response);
    }
}
