package jp.tsunagu.candidate;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import jp.tsunagu.access.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jp.tsunagu.platform.PageRequest;

/** People in the pool (候補者), as the counters and the coordinator reach them. */
@ApplicationScoped
@Path("candidates")
@Tag(name = "candidates", description = "People in the pool (候補者), pseudonymous, kept by their counter")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CandidateResource {

    @Inject
    CandidateService candidates;

    @Inject
    CurrentCaller caller;

    /** A page of the caller's people, in id order ({@code offset}, {@code limit}; see {@link PageRequest}). */
    @GET
    @Operation(operationId = "listCandidates", summary = "Read a page of the caller's people",
            description = "In id order; a counter reads the people of its municipalities, the coordinator those of the prefecture.")
    @APIResponse(responseCode = "200", description = "The page, in id order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CandidatePage")))
    public Response list(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
                         @Context UriInfo uri) {
        return candidates.list(caller.get(), PageRequest.of(offset, limit)).toResponse(uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCandidate", summary = "Read one person")
    public CandidateView get(@PathParam("id") long id) {
        return candidates.get(caller.get(), id);
    }

    @POST
    @Operation(operationId = "submitCandidate", summary = "Submit a person to the pool")
    @APIResponse(responseCode = "201", description = "Submitted; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CandidateView")))
    public Response submit(@NotNull @Valid CandidateInput input, @Context UriInfo uri) {
        CandidateView created = candidates.create(caller.get(), input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateCandidate", summary = "Change a person's record",
            description = "Sends the version read; a stale one answers 409.")
    public CandidateView update(@PathParam("id") long id, @NotNull @Valid CandidateInput input) {
        return candidates.update(caller.get(), id, input);
    }

    /** 支援終結など: the person leaves the pool; the record stays for the audit trail. */
    @POST
    @Path("{id}/withdrawal")
    @Operation(operationId = "withdrawCandidate", summary = "Take a person out of the pool (支援終結など)")
    public CandidateView withdraw(@PathParam("id") long id) {
        return candidates.withdraw(caller.get(), id);
    }
}
