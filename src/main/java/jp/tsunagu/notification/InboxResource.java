package jp.tsunagu.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.tsunagu.access.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's notifications: its counter's, its host organisation's, or the prefecture coordinators'. */
@ApplicationScoped
@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "inbox", description = "The caller's notifications")
public class InboxResource {

    /** How many of the caller's notifications it has not read yet. */
    public record UnreadCount(long unread) {
    }

    @Inject
    InboxService inbox;

    @Inject
    CurrentCaller caller;

    /** Newest first, at most 200; {@code ?unread=true} for the unread ones only. */
    @GET
    @Operation(operationId = "listNotifications", summary = "List the caller's notifications, newest first",
            description = "At most 200; unread=true for the unread ones only.")
    public List<InboxItem> list(@QueryParam("unread") @DefaultValue("false") boolean unreadOnly) {
        return inbox.list(caller.get(), unreadOnly);
    }

    @GET
    @Path("count")
    @Operation(operationId = "countUnreadNotifications", summary = "Count the caller's unread notifications")
    public UnreadCount count() {
        return new UnreadCount(inbox.unreadCount(caller.get()));
    }

    @POST
    @Path("{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark a notification read for the calling user")
    public InboxItem markRead(@PathParam("id") long id) {
        return inbox.markRead(caller.get(), id);
    }
}
