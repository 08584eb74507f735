package jp.tsunagu.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.tsunagu.access.CurrentCaller;

/** One booking, by its id. */
@ApplicationScoped
@Path("bookings")
@Produces(MediaType.APPLICATION_JSON)
public class BookingResource {

    @Inject
    BookingService bookings;

    @Inject
    CurrentCaller caller;

    /** Cancels the booking: it stays on record and its staff are free again. */
    @DELETE
    @Path("{id}")
    public BookingView cancel(@PathParam("id") long bookingId) {
        return bookings.cancel(caller.get(), bookingId);
    }
}
