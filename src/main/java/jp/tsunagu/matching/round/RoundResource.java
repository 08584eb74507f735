package jp.tsunagu.matching.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jp.tsunagu.matching.problem.MatchingProblem;
import jp.tsunagu.platform.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Weekly rounds: the coordinator starts one (202: it solves in the background), follows its
 * progress as server-sent events, stops it early, and reads the proposals; a counter reads the
 * proposals of its own people.
 */
@ApplicationScoped
@Path("rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rounds", description = "Weekly matching rounds: start, follow, review, publish; their proposals and results")
public class RoundResource {

    @Inject
    RoundService rounds;

    @Inject
    RoundResults results;

    @Inject
    RoundProgressStream progressStream;

    @Inject
    CurrentCaller caller;

    @Resource
    ManagedExecutorService executor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startRound", summary = "Start a weekly round",
            description = "It solves in the background; follow it with getRound or followRoundEvents.")
    @APIResponse(responseCode = "202", description = "Started; Location names the round",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RoundView")))
    public Response start(@Valid StartRoundRequest request, @Context UriInfo uri) {
        RoundView started = rounds.start(caller.get(), request);
        return Response.accepted(started)
                .location(uri.getAbsolutePathBuilder().path(String.valueOf(started.id())).build()).build();
    }

    @GET
    @Operation(operationId = "listRounds", summary = "List the weekly rounds")
    public List<RoundView> list() {
        return rounds.rounds(caller.get());
    }

    /**
     * The pool as it would be solved now, as a problem file (docs/problem-format.md): for the
     * offline solver, a benchmark, or checking what the solver is given.
     */
    @GET
    @Path("pool")
    @Operation(operationId = "getRoundPool", summary = "Read the pool as it would be solved now, as a problem file")
    public MatchingProblem pool() {
        return rounds.pool(caller.get());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRound", summary = "Read one round and its progress")
    public RoundView get(@PathParam("id") long id) {
        return rounds.round(caller.get(), id);
    }

    @POST
    @Path("{id}/stop")
    @Operation(operationId = "stopRound", summary = "Stop a running round early",
            description = "It saves the best solution found so far.")
    @APIResponse(responseCode = "202", description = "Stopping",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RoundView")))
    public Response stop(@PathParam("id") long id) {
        return Response.accepted(rounds.stop(caller.get(), id)).build();
    }

    /** Re-solves a saved round around its pins and decisions (202: it solves in the background). */
    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resolveRound", summary = "Re-solve a saved round around its pins and decisions")
    @APIResponse(responseCode = "202", description = "Re-solving in the background",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RoundView")))
    public Response resolve(@PathParam("id") long id, @Valid StartRoundRequest request) {
        return Response.accepted(rounds.resolve(caller.get(), id, request)).build();
    }

    /** Publishes the round's drafts to the counters. */
    @POST
    @Path("{id}/publish")
    @Operation(operationId = "publishRound", summary = "Publish a round's draft proposals to the counters")
    public RoundView publish(@PathParam("id") long id) {
        return rounds.publish(caller.get(), id);
    }

    @GET
    @Path("{id}/proposals")
    @APIResponse(responseCode = "200", description = "The page, in id order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProposalPage")))
    @Operation(operationId = "listRoundProposals", summary = "Read a page of a round's proposals",
            description = "In id order; a counter reads those of its people, from publication on.")
    public Response proposals(@PathParam("id") long id, @QueryParam("offset") String offset,
                              @QueryParam("limit") String limit, @Context UriInfo uri) {
        return results.proposals(caller.get(), id, PageRequest.of(offset, limit)).toResponse(uri);
    }

    @GET
    @Path("{id}/unplaced")
    @Operation(operationId = "listUnplaced", summary = "List the people a round did not place, and why")
    public List<UnplacedView> unplaced(@PathParam("id") long id) {
        return results.unplaced(caller.get(), id);
    }

    /** The network's value: placed prefecture-wide against each municipality matching alone. */
    @GET
    @Path("{id}/network-value")
    @Operation(operationId = "getNetworkValue", summary = "Compare the round with each municipality matching alone")
    public NetworkValue networkValue(@PathParam("id") long id) {
        return results.networkValue(caller.get(), id);
    }

    /** What publishing the round would hand to each counter: its number of draft proposals. */
    @GET
    @Path("{id}/publication")
    @Operation(operationId = "getPublicationShares", summary = "Count, per counter, the draft proposals a publication would tell it of")
    public List<RoundResults.PublicationShare> publication(@PathParam("id") long id) {
        return results.publication(caller.get(), id);
    }

    /** The network's gaps: unplaced people no change on their side would place, per municipality and kind. */
    @GET
    @Path("{id}/gaps")
    @Operation(operationId = "getRoundGaps", summary = "Read the network's gaps per municipality and kind")
    public RoundGaps gaps(@PathParam("id") long id) {
        return results.gaps(caller.get(), id);
    }

    /** {@code progress} events while the round runs, then one {@code finished} event with the saved round. */
    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "followRoundEvents", summary = "Follow a round's progress as server-sent events",
            description = "progress events while it runs, then one finished event with the saved round.")
    @APIResponse(responseCode = "200", description = "The event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    public void events(@PathParam("id") long id, @Context SseEventSink sink, @Context Sse sse) {
        Caller who = caller.get();
        RoundView first = rounds.round(who, id);
        executor.submit(() -> progressStream.follow(who, first, sink, sse));
    }
}
