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
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.tsunagu.access.CurrentCaller;

/** A person's exclusion requests: the counter asks from the person page and sees where each stands. */
@ApplicationScoped
@Path("candidates/{id}/exclusion-requests")
@Produces(MediaType.APPLICATION_JSON)
public class PersonExclusionRequestResource {

    @Inject
    ExclusionRequests requests;

    @Inject
    CurrentCaller caller;

    @GET
    public List<ExclusionRequestView> list(@PathParam("id") long candidateId) {
        return requests.ofPerson(caller.get(), candidateId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(@PathParam("id") long candidateId,
                            @NotNull @Valid ProposalRequests.RequestExclusion body) {
        return Response.status(Response.Status.CREATED).entity(requests.request(caller.get(), candidateId, body)).build();
    }
}
