package jp.tsunagu.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.tsunagu.access.CurrentCaller;

/** A person's exclusion requests: the counter asks from the person page and sees where each stands. */
@ApplicationScoped
@Path("candidates/{id}/exclusion-requests")
@Tag(name = "proposals", description = "A proposal's lifecycle: review, the counter's decision, the host's answer")
@Produces(MediaType.APPLICATION_JSON)
public class PersonExclusionRequestResource {

    @Inject
    ExclusionRequests requests;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listPersonExclusionRequests", summary = "List a person's exclusion requests and where each stands")
    public List<ExclusionRequestView> list(@PathParam("id") long candidateId) {
        return requests.ofPerson(caller.get(), candidateId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestExclusion", summary = "Ask the coordinator to exclude the person from a task or a host")
    @APIResponse(responseCode = "201", description = "Requested",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ExclusionRequestView")))
    public Response request(@PathParam("id") long candidateId,
                            @NotNull @Valid ProposalRequests.RequestExclusion body) {
        return Response.status(Response.Status.CREATED).entity(requests.request(caller.get(), candidateId, body)).build();
    }
}
