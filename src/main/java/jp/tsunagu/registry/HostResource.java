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

/** Host organisations (受入事業所) of the registry: the coordinator registers them; an employer reads its own. */
@ApplicationScoped
@Path("hosts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "registry", description = "Host organisations (受入事業所), their tasks and trial slots, and the registry files")
public class HostResource {

    @Inject
    RegistryService registry;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listHosts", summary = "List the host organisations the caller may see")
    public List<HostView> list() {
        return registry.hosts(caller.get());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getHost", summary = "Read one host organisation")
    public HostView get(@PathParam("id") long id) {
        return registry.host(caller.get(), id);
    }

    @POST
    @Operation(operationId = "createHost", summary = "Register a host organisation")
    @APIResponse(responseCode = "201", description = "Registered; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "HostView")))
    public Response create(@NotNull @Valid HostInput input, @Context UriInfo uri) {
        HostView created = registry.createHost(caller.get(), input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateHost", summary = "Change a host organisation",
            description = "Sends the version read; a stale one answers 409.")
    public HostView update(@PathParam("id") long id, @NotNull @Valid HostInput input) {
        return registry.updateHost(caller.get(), id, input);
    }
}
