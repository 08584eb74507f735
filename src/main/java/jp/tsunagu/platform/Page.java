package jp.tsunagu.platform;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * One page of a list answer and how many records the whole list holds. As HTTP: the records as a
 * JSON array (as before paging, so a client reading a short list sees no difference), the total in
 * {@code X-Total-Count}, and a {@code Link} to the next page while there is one.
 */
public record Page<T>(List<T> items, long total, PageRequest request) {

    public static final String TOTAL_HEADER = "X-Total-Count";

    public boolean hasNext() {
        return request.offset() + items.size() < total && !items.isEmpty();
    }

    public Response toResponse(UriInfo uri) {
        Response.ResponseBuilder answer = Response.ok(items).header(TOTAL_HEADER, total);
        if (hasNext()) {
            answer.link(uri.getRequestUriBuilder()
                    .replaceQueryParam("offset", request.offset() + items.size())
                    .replaceQueryParam("limit", request.limit()).build(), "next");
        }
        return answer.build();
    }
}
