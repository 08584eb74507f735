package jp.tsunagu.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.tsunagu.access.CurrentCaller;
import jp.tsunagu.platform.InvalidInputException;

/** The coordinator's queue of counters' exclusion requests: list, confirm, decline. */
@ApplicationScoped
@Path("exclusion-requests")
@Tag(name = "proposals", description = "A proposal's lifecycle: review, the counter's decision, the host's answer")
@Produces(MediaType.APPLICATION_JSON)
public class ExclusionRequestResource {

    @Inject
    ExclusionRequests requests;

    @Inject
    CurrentCaller caller;

    /** The requests in {@code state}, PENDING when not given. */
    @GET
    @Operation(operationId = "listExclusionRequests", summary = "List the counters' exclusion requests in a state",
            description = "state: PENDING (the default), CONFIRMED or DECLINED.")
    public List<ExclusionRequestView> list(@QueryParam("state") String state) {
        return requests.list(caller.get(), state(state));
    }

    private static ExclusionRequestState state(String given) {
        if (given == null || given.isBlank()) {
            return ExclusionRequestState.PENDING;
        }
        try {
            return ExclusionRequestState.valueOf(given);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("state", "state の値が正しくありません。使える値: PENDING, CONFIRMED, DECLINED");
        }
    }

    @POST
    @Path("{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmExclusionRequest", summary = "Confirm a counter's exclusion request: it becomes an exclusion")
    public ExclusionRequestView confirm(@PathParam("id") long id,
                                        @NotNull @Valid ProposalRequests.ConfirmExclusionRequest body) {
        return requests.confirm(caller.get(), id, body);
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declineExclusionRequest", summary = "Decline a counter's exclusion request, with a reason")
    public ExclusionRequestView decline(@PathParam("id") long id,
                                        @NotNull @Valid ProposalRequests.DeclineExclusionRequest body) {
        return requests.decline(caller.get(), id, body);
    }
}
