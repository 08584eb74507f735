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

/** Carved-out tasks (切り出した業務): kept by the coordinator and by each employer for its own organisation. */
@ApplicationScoped
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "registry", description = "Host organisations (受入事業所), their tasks and trial slots, and the registry files")
public class TaskResource {

    @Inject
    RegistryService registry;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listTasks", summary = "List the carved-out tasks the caller may see")
    public List<TaskView> list() {
        return registry.tasks(caller.get());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTask", summary = "Read one carved-out task")
    public TaskView get(@PathParam("id") long id) {
        return registry.task(caller.get(), id);
    }

    @POST
    @Operation(operationId = "createTask", summary = "Add a carved-out task")
    @APIResponse(responseCode = "201", description = "Added; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TaskView")))
    public Response create(@NotNull @Valid TaskInput input, @Context UriInfo uri) {
        TaskView created = registry.createTask(caller.get(), input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateTask", summary = "Change a carved-out task",
            description = "Sends the version read; a stale one answers 409.")
    public TaskView update(@PathParam("id") long id, @NotNull @Valid TaskInput input) {
        return registry.updateTask(caller.get(), id, input);
    }
}
