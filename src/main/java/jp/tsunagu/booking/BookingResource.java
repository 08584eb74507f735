package jp.tsunagu.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.tsunagu.access.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One booking, by its id. */
@ApplicationScoped
@Path("bookings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "bookings", description = "Site visits (見学会) and first-day accompaniment (同行)")
public class BookingResource {

    @Inject
    BookingService bookings;

    @Inject
    CurrentCaller caller;

    /** Cancels the booking: it stays on record and its staff are free again. */
    @DELETE
    @Path("{id}")
    @Operation(operationId = "cancelBooking", summary = "Cancel a booking",
            description = "It stays on record; its staff are free again.")
    public BookingView cancel(@PathParam("id") long bookingId) {
        return bookings.cancel(caller.get(), bookingId);
    }
}
