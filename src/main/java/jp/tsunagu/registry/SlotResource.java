package jp.tsunagu.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/** Trial slots (受入枠): kept by the coordinator and by each employer for its own organisation. */
@ApplicationScoped
@Path("slots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "registry", description = "Host organisations (受入事業所), their tasks and trial slots, and the registry files")
public class SlotResource {

    @Inject
    RegistryService registry;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listSlots", summary = "List the trial slots the caller may see")
    public List<SlotView> list() {
        return registry.slots(caller.get());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSlot", summary = "Read one trial slot")
    public SlotView get(@PathParam("id") long id) {
        return registry.slot(caller.get(), id);
    }

    @POST
    @Operation(operationId = "createSlot", summary = "Add a trial slot")
    @APIResponse(responseCode = "201", description = "Added; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SlotView")))
    public Response create(@NotNull @Valid SlotInput input, @Context UriInfo uri) {
        SlotView created = registry.createSlot(caller.get(), input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateSlot", summary = "Change a trial slot",
            description = "Sends the version read; a stale one answers 409.")
    public SlotView update(@PathParam("id") long id, @NotNull @Valid SlotInput input) {
        return registry.updateSlot(caller.get(), id, input);
    }
}
