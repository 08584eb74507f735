package jp.tsunagu.resource;

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

/** The directory of social resources (社会資源) and hosts, searched by area, kind, work and accommodations. */
@ApplicationScoped
@Path("resources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "resources", description = "The directory of social resources (社会資源) and hosts")
public class ResourceResource {

    @Inject
    ResourceDirectory directory;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "searchDirectory", summary = "Search the directory by area, kind, work and accommodation")
    public List<DirectoryEntry> search(@QueryParam("municipality") String municipality,
                                       @QueryParam("wideArea") String wideArea, @QueryParam("kind") String kind,
                                       @QueryParam("workKind") String workKind,
                                       @QueryParam("accommodation") String accommodation, @QueryParam("q") String text) {
        return directory.search(caller.get(),
                DirectoryQuery.parse(municipality, wideArea, kind, workKind, accommodation, text));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSocialResource", summary = "Read one social resource")
    public DirectoryEntry get(@PathParam("id") long id) {
        return directory.get(caller.get(), id);
    }

    @POST
    @Operation(operationId = "createSocialResource", summary = "Add a social resource to the directory")
    @APIResponse(responseCode = "201", description = "Added; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DirectoryEntry")))
    public Response create(@NotNull @Valid SocialResourceInput input, @Context UriInfo uri) {
        DirectoryEntry created = directory.create(caller.get(), input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateSocialResource", summary = "Change a social resource",
            description = "Sends the version read; a stale one answers 409.")
    public DirectoryEntry update(@PathParam("id") long id, @NotNull @Valid SocialResourceInput input) {
        return directory.update(caller.get(), id, input);
    }
}
