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

/** Carved-out tasks (切り出した業務): kept by the coordinator and by each employer for its own organisation. */
@ApplicationScoped
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    RegistryService registry;

    @Inject
    CurrentCaller caller;

    @GET
    public List<TaskView> list() {
        return registry.tasks(caller.get());
    }

    @GET
    @Path("{id}")
    public TaskView get(@PathParam("id") long id) {
        return registry.task(caller.get(), id);
    }

    @POST
    public Response create(@NotNull @Valid TaskInput input, @Context UriInfo uri) {
        TaskView created = registry.createTask(caller.get(), input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    public TaskView update(@PathParam("id") long id, @NotNull @Valid TaskInput input) {
        return registry.updateTask(caller.get(), id, input);
    }
}
