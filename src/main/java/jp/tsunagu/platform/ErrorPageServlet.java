package jp.tsunagu.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page of the application ({@code WEB-INF/web.xml}): what the container itself refuses
 * inside the application (a protected folder, a failure no filter saw) is answered as a problem.
 */
@WebServlet(urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    static final String PATH = "/problem";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c && c >= 400 ? c : 404;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null && status < 500) {
            status = 500;
        }
        ProblemFilter.write(response, status, Problems.title(status), Problems.detail(status));
    }
}
