package jp.tsunagu.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.tsunagu.access.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The coordinator's person × slot exclusions: list, exclude, lift. */
@ApplicationScoped
@Path("exclusions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "proposals", description = "A proposal's lifecycle: review, the counter's decision, the host's answer")
public class ExclusionResource {

    @Inject
    Exclusions exclusions;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listExclusions", summary = "List the exclusions of a person from a slot, a task or a host",
            description = "active=false includes the lifted ones.")
    public List<ExclusionView> list(@QueryParam("active") @DefaultValue("true") boolean activeOnly) {
        return exclusions.list(caller.get(), activeOnly);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createExclusion", summary = "Exclude a person from a slot, a task or a host in later rounds")
    @APIResponse(responseCode = "201", description = "Excluded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ExclusionView")))
    public Response exclude(@NotNull @Valid ProposalRequests.Exclude request) {
        return Response.status(Response.Status.CREATED).entity(exclusions.exclude(caller.get(), request)).build();
    }

    /** Lifts the exclusion: the pair may be proposed again from the next round. */
    @DELETE
    @Path("{id}")
    @Operation(operationId = "liftExclusion", summary = "Lift an exclusion",
            description = "The pair may be proposed again from the next round.")
    public ExclusionView lift(@PathParam("id") long id) {
        return exclusions.lift(caller.get(), id);
    }
}
