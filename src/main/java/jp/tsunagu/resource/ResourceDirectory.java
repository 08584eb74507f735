package jp.tsunagu.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.platform.InvalidInputException;
import jp.tsunagu.platform.Versions;
import jp.tsunagu.region.Municipality;
import jp.tsunagu.registry.CarvedOutTask;
import jp.tsunagu.registry.HostOrganisation;
import jp.tsunagu.registry.RegistryReferences;

/**
 * The prefecture's directory of social resources: everyone reads it (an employer sees the registry's
 * hosts only for its own organisation, as in the registry), the coordinator keeps it.
 */
@ApplicationScoped
@Transactional
public class ResourceDirectory {

    static final String SUBJECT = "social_resource";
    private static final Comparator<DirectoryEntry> ORDER = Comparator.comparing(DirectoryEntry::municipalityCode)
            .thenComparing(DirectoryEntry::source).thenComparing(DirectoryEntry::name).thenComparing(DirectoryEntry::id);

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    RegistryReferences references;

    public List<DirectoryEntry> search(Caller caller, DirectoryQuery query) {
        if (query.accommodation() != null) {
            references.requireAccommodations(caller.prefectureCode(), Set.of(query.accommodation()), "accommodation");
        }
        Map<String, Municipality> places = municipalities(caller.prefectureCode());
        if (query.municipality() != null && !places.containsKey(query.municipality())) {
            throw new InvalidInputException("municipality", "この県の市町村コードではありません: " + query.municipality());
        }
        if (query.wideArea() != null && places.values().stream().noneMatch(m -> query.wideArea().equals(m.getWideArea()))) {
            throw new InvalidInputException("wideArea", "この県の広域圏ではありません: " + query.wideArea());
        }
        return Stream.concat(hosts(caller, places), resources(caller, places))
                .filter(query::matches).sorted(ORDER).toList();
    }

    public DirectoryEntry get(Caller caller, long id) {
        SocialResource resource = em.find(SocialResource.class, id);
        if (resource == null || !resource.getPrefectureCode().equals(caller.prefectureCode())) {
            throw AccessPolicy.notFound(SUBJECT, id);
        }
        return entry(resource, municipalities(caller.prefectureCode()));
    }

    public DirectoryEntry create(Caller caller, SocialResourceInput input) {
        access.requireRole(caller, AuditAction.CREATE, SUBJECT, Role.COORDINATOR);
        SocialResource resource = new SocialResource(caller.prefectureCode());
        describe(caller, resource, input);
        em.persist(resource);
        em.flush();
        return entry(resource, municipalities(caller.prefectureCode()));
    }

    public DirectoryEntry update(Caller caller, long id, SocialResourceInput input) {
        access.requireRole(caller, AuditAction.UPDATE, SUBJECT, Role.COORDINATOR);
        SocialResource resource = em.find(SocialResource.class, id);
        if (resource == null || !resource.getPrefectureCode().equals(caller.prefectureCode())) {
            throw AccessPolicy.notFound(SUBJECT, id);
        }
        Versions.claim(em, resource, input.version(), resource.getVersion());
        describe(caller, resource, input);
        em.flush();
        return entry(resource, municipalities(caller.prefectureCode()));
    }

    private void describe(Caller caller, SocialResource resource, SocialResourceInput input) {
        references.requireMunicipality(caller.prefectureCode(), input.municipalityCode(), "municipalityCode");
        references.requireAccommodations(caller.prefectureCode(), input.accommodationsOrEmpty(), "accommodationsOffered");
        resource.describe(input.name().strip(), input.kind(), input.municipalityCode(), input.area(), input.offers().strip(),
                input.workKindsOrEmpty(), input.accommodationsOrEmpty(), input.contact(), input.openingDaysOrEmpty(),
                input.openingHours(), input.publicNote());
    }

    private Map<String, Municipality> municipalities(String prefectureCode) {
        return em.createQuery("select m from Municipality m where m.prefectureCode = :p", Municipality.class)
                .setParameter("p", prefectureCode).getResultStream()
                .collect(Collectors.toMap(Municipality::getCode, Function.identity()));
    }

    private Stream<DirectoryEntry> hosts(Caller caller, Map<String, Municipality> places) {
        String own = caller.is(Role.EMPLOYER) ? " and h.id = :own" : "";
        var hostQuery = em.createQuery("select h from HostOrganisation h where h.prefectureCode = :p" + own,
                HostOrganisation.class).setParameter("p", caller.prefectureCode());
        var taskQuery = em.createQuery("select t from CarvedOutTask t, HostOrganisation h where t.hostId = h.id"
                + " and h.prefectureCode = :p" + own, CarvedOutTask.class).setParameter("p", caller.prefectureCode());
        if (caller.is(Role.EMPLOYER)) {
            hostQuery.setParameter("own", caller.hostId());
            taskQuery.setParameter("own", caller.hostId());
        }
        Map<Long, List<CarvedOutTask>> tasksOf = taskQuery.getResultStream()
                .collect(Collectors.groupingBy(CarvedOutTask::getHostId));
        return hostQuery.getResultStream().map(h -> entry(h, tasksOf.getOrDefault(h.getId(), List.of()), places));
    }

    private Stream<DirectoryEntry> resources(Caller caller, Map<String, Municipality> places) {
        return em.createQuery("select r from SocialResource r where r.prefectureCode = :p", SocialResource.class)
                .setParameter("p", caller.prefectureCode()).getResultStream().map(r -> entry(r, places));
    }

    private static DirectoryEntry entry(HostOrganisation h, List<CarvedOutTask> tasks, Map<String, Municipality> places) {
        Municipality place = places.get(h.getMunicipalityCode());
        Set<String> accommodations = new TreeSet<>(h.getSiteAccommodations());
        tasks.forEach(t -> accommodations.addAll(t.getAccommodationsOffered()));
        String offers = tasks.stream().map(CarvedOutTask::getTitle).filter(Objects::nonNull).distinct().sorted()
                .collect(Collectors.joining("、"));
        return new DirectoryEntry(DirectoryEntry.Source.HOST, h.getId(), h.getName(), h.getKind().name(),
                h.getKind().labelJa(), h.getMunicipalityCode(), place == null ? null : place.getName(),
                place == null ? null : place.getWideArea(), null, offers,
                tasks.stream().map(CarvedOutTask::getWorkKind).distinct().sorted().toList(),
                List.copyOf(accommodations), h.getContactPerson(), List.of(), h.getContactHours(), null, h.isActivelyAccepting(), 0);
    }

    private static DirectoryEntry entry(SocialResource r, Map<String, Municipality> places) {
        Municipality place = places.get(r.getMunicipalityCode());
        return new DirectoryEntry(DirectoryEntry.Source.RESOURCE, r.getId(), r.getName(), r.getKind().name(),
                r.getKind().labelJa(), r.getMunicipalityCode(), place == null ? null : place.getName(),
                place == null ? null : place.getWideArea(), r.getArea(), r.getOffers(),
                r.getWorkKinds().stream().sorted().toList(), r.getAccommodationsOffered().stream().sorted().toList(),
                r.getContact(), r.getOpeningDays().stream().sorted().toList(), r.getOpeningHours(), r.getPublicNote(),
                null, r.getVersion());
    }
}
