package jp.tsunagu.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import jp.tsunagu.access.CurrentCaller;
import jp.tsunagu.platform.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Placements and their follow-up: attendance from the host, follow-ups and step decisions from the
 * counter, the end with an outcome.
 */
@ApplicationScoped
@Path("placements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "placements", description = "Placements: attendance, follow-ups, pacing steps and the end")
public class PlacementResource {

    @Inject
    PlacementService placements;

    @Inject
    AttendanceService attendance;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listPlacements", summary = "List the caller's placements",
            description = "active=false includes the ended ones.")
    public List<PlacementView> list(@QueryParam("active") @DefaultValue("true") boolean activeOnly) {
        return placements.list(caller.get(), activeOnly);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPlacement", summary = "Read one placement")
    public PlacementView get(@PathParam("id") long id) {
        return placements.get(caller.get(), id);
    }

    /** The host records (or corrects) the attendance of the week starting on that Monday. */
    @PUT
    @Path("{id}/attendance/{weekStart}")
    @Operation(operationId = "recordAttendance", summary = "Record the attendance of the week starting on a Monday")
    public PlacementView attendance(@PathParam("id") long id, @PathParam("weekStart") String weekStart,
                                    @NotNull @Valid PlacementRequests.Attendance request) {
        return attendance.record(caller.get(), id, date("weekStart", weekStart), request);
    }

    @POST
    @Path("{id}/follow-ups/{followUpId}/done")
    @Operation(operationId = "completeFollowUp", summary = "Mark a follow-up done")
    public PlacementView followUpDone(@PathParam("id") long id, @PathParam("followUpId") long followUpId,
                                      @NotNull @Valid PlacementRequests.FollowUpDone request) {
        return placements.followUpDone(caller.get(), id, followUpId, request);
    }

    @POST
    @Path("{id}/step-suggestions/{suggestionId}/accept")
    @Operation(operationId = "acceptStepSuggestion", summary = "Accept a suggested change of step")
    public PlacementView acceptStep(@PathParam("id") long id, @PathParam("suggestionId") long suggestionId,
                                    @NotNull @Valid PlacementRequests.AcceptStep request) {
        return placements.acceptStep(caller.get(), id, suggestionId, request);
    }

    @POST
    @Path("{id}/step-suggestions/{suggestionId}/dismiss")
    @Operation(operationId = "dismissStepSuggestion", summary = "Dismiss a suggested change of step")
    public PlacementView dismissStep(@PathParam("id") long id, @PathParam("suggestionId") long suggestionId,
                                     @NotNull @Valid PlacementRequests.DismissStep request) {
        return placements.dismissStep(caller.get(), id, suggestionId, request);
    }

    @POST
    @Path("{id}/end")
    @Operation(operationId = "endPlacement", summary = "End a placement with its outcome")
    public PlacementView end(@PathParam("id") long id, @NotNull @Valid PlacementRequests.End request) {
        return placements.end(caller.get(), id, request);
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, "日付は YYYY-MM-DD の形で指定してください: " + text);
        }
    }
}
