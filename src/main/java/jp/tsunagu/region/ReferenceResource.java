package jp.tsunagu.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import jp.tsunagu.access.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The municipalities of the caller's prefecture, for every role's forms. */
@ApplicationScoped
@Path("municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reference", description = "The prefecture's municipalities and accommodation catalogue (配慮)")
public class ReferenceResource {

    /** A municipality as forms list it. */
    public record MunicipalityView(String code, String name, String nameKana, MunicipalityKind kind, String district,
                                   String wideArea, BigDecimal latitude, BigDecimal longitude) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "listMunicipalities", summary = "List the municipalities of the caller's prefecture")
    public List<MunicipalityView> municipalities() {
        return em.createQuery("select m from Municipality m where m.prefectureCode = :p order by m.code",
                        Municipality.class)
                .setParameter("p", caller.get().prefectureCode()).getResultStream()
                .map(m -> new MunicipalityView(m.getCode(), m.getName(), m.getNameKana(), m.getKind(), m.getDistrict(),
                        m.getWideArea(), m.getLatitude(), m.getLongitude()))
                .toList();
    }
}
