package jp.tsunagu.proposal;

import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.List;
import jp.tsunagu.access.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One proposal through its lifecycle (docs/lifecycle.md): the coordinator reviews drafts (pin,
 * unpin, swap), the counter decides (accept with consent, decline), the host reads the consented
 * profile and answers (confirm with a first day, decline). Every step sends the version it read.
 */
@ApplicationScoped
@Path("proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "proposals", description = "A proposal's lifecycle: review, the counter's decision, the host's answer")
public class ProposalResource {

    @Inject
    ProposalReview review;

    @Inject
    Decisions decisions;

    @Inject
    HostAnswers hosts;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("{id}")
    @Operation(operationId = "getProposal", summary = "Read one proposal")
    public ProposalView get(@PathParam("id") long id) {
        return review.get(caller.get(), id);
    }

    @POST
    @Path("{id}/pin")
    @Operation(operationId = "pinProposal", summary = "Pin a draft proposal for the next re-solve")
    public ProposalView pin(@PathParam("id") long id, @NotNull @Valid ProposalRequests.Versioned request) {
        return review.pin(caller.get(), id, request, true);
    }

    @POST
    @Path("{id}/unpin")
    @Operation(operationId = "unpinProposal", summary = "Unpin a draft proposal")
    public ProposalView unpin(@PathParam("id") long id, @NotNull @Valid ProposalRequests.Versioned request) {
        return review.pin(caller.get(), id, request, false);
    }

    @POST
    @Path("{id}/swap")
    @Operation(operationId = "swapProposal", summary = "Move a draft proposal to another slot")
    public ProposalView swap(@PathParam("id") long id, @NotNull @Valid ProposalRequests.Swap request) {
        return review.swap(caller.get(), id, request);
    }

    @POST
    @Path("{id}/accept")
    @Operation(operationId = "acceptProposal", summary = "Record the person's acceptance, with consent to share")
    public ProposalView accept(@PathParam("id") long id, @NotNull @Valid ProposalRequests.Accept request) {
        return decisions.accept(caller.get(), id, request);
    }

    @POST
    @Path("{id}/decline")
    @Operation(operationId = "declineProposal", summary = "Record that the person declined")
    public ProposalView decline(@PathParam("id") long id, @NotNull @Valid ProposalRequests.Decline request) {
        return decisions.decline(caller.get(), id, request);
    }

    /** The host's list: the people proposed to it who consented. */
    @GET
    @Path("for-host")
    @Operation(operationId = "listHostProposals", summary = "List the people proposed to the caller's organisation who consented")
    public List<ConsentedProfile> forHost() {
        return hosts.profiles(caller.get());
    }

    @GET
    @Path("{id}/profile")
    @Operation(operationId = "getConsentedProfile", summary = "Read the profile a person consented to share with the host")
    public ConsentedProfile profile(@PathParam("id") long id) {
        return hosts.profile(caller.get(), id);
    }

    @POST
    @Path("{id}/confirm")
    @Operation(operationId = "confirmProposal", summary = "Confirm the person as the host, with a first day")
    public ConsentedProfile confirm(@PathParam("id") long id, @NotNull @Valid ProposalRequests.Confirm request) {
        return hosts.confirm(caller.get(), id, request);
    }

    @POST
    @Path("{id}/host-decline")
    @Operation(operationId = "hostDeclineProposal", summary = "Decline the person as the host")
    public ConsentedProfile hostDecline(@PathParam("id") long id, @NotNull @Valid ProposalRequests.HostDecline request) {
        return hosts.decline(caller.get(), id, request);
    }
}
