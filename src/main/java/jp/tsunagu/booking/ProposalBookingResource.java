package jp.tsunagu.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

/** Site visits (見学会) and accompaniment (同行) of one proposal. */
@ApplicationScoped
@Path("proposals/{id}/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "bookings", description = "Site visits (見学会) and first-day accompaniment (同行)")
public class ProposalBookingResource {

    @Inject
    BookingService bookings;

    @Inject
    CurrentCaller caller;

    @POST
    @Operation(operationId = "bookVisit", summary = "Book a site visit or a first-day accompaniment for a proposal")
    @APIResponse(responseCode = "201", description = "Booked; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BookingView")))
    public Response book(@PathParam("id") long proposalId, @NotNull @Valid BookingInput input, @Context UriInfo uri) {
        BookingView created = bookings.create(caller.get(), proposalId, input);
        return Response.created(uri.getBaseUriBuilder().path("bookings").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    /** The proposal's bookings, by start; cancelled ones too with {@code ?cancelled=true}. */
    @GET
    @Operation(operationId = "listProposalBookings", summary = "List a proposal's bookings by start",
            description = "cancelled=true includes the cancelled ones.")
    public List<BookingView> list(@PathParam("id") long proposalId,
                                  @QueryParam("cancelled") @DefaultValue("false") boolean includeCancelled) {
        return bookings.list(caller.get(), proposalId, includeCancelled);
    }
}
