package jp.tsunagu.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import jp.tsunagu.access.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Accompanying staff (job coaches, 就労支援員) and their calendars. */
@ApplicationScoped
@Path("staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "staff", description = "Accompanying staff (job coaches, 就労支援員) and their calendars")
public class StaffResource {

    @Inject
    StaffService staff;

    @Inject
    BookingService bookings;

    @Inject
    CurrentCaller caller;

    /** The staff the caller may book. */
    @GET
    @Operation(operationId = "listStaff", summary = "List the staff the caller may book")
    public List<StaffView> list() {
        return staff.list(caller.get());
    }

    @POST
    @Operation(operationId = "registerStaff", summary = "Register a staff member")
    @APIResponse(responseCode = "201", description = "Registered; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "StaffView")))
    public Response register(@NotNull @Valid StaffInput input, @Context UriInfo uri) {
        StaffView created = staff.create(caller.get(), input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    /** The bookings holding the staff member between two days ({@code YYYY-MM-DD}, both included). */
    @GET
    @Path("{id}/calendar")
    @Operation(operationId = "getStaffCalendar", summary = "Read a staff member's bookings between two days",
            description = "from and to as YYYY-MM-DD, both included.")
    public List<BookingView> calendar(@PathParam("id") long staffId, @QueryParam("from") String from,
                                      @QueryParam("to") String to) {
        return bookings.calendar(caller.get(), staffId, from, to);
    }
}
