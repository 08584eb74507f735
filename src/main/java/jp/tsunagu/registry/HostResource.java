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

/** Host organisations (受入事業所) of the registry: the coordinator registers them; an employer reads its own. */
@ApplicationScoped
@Path("hosts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HostResource {

    @Inject
    RegistryService registry;

    @Inject
    CurrentCaller caller;

    @GET
    public List<HostView> list() {
        return registry.hosts(caller.get());
    }

    @GET
    @Path("{id}")
    public HostView get(@PathParam("id") long id) {
        return registry.host(caller.get(), id);
    }

    @POST
    public Response create(@NotNull @Valid HostInput input, @Context UriInfo uri) {
        HostView created = registry.createHost(caller.get(), input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    public HostView update(@PathParam("id") long id, @NotNull @Valid HostInput input) {
        return registry.updateHost(caller.get(), id, input);
    }
}
