package jp.tsunagu.registry.csv;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.registry.CarvedOutTask;
import jp.tsunagu.registry.HostOrganisation;
import jp.tsunagu.registry.RegistryService;

/**
 * Imports one registry file in one transaction. The whole file is read and checked first
 * ({@link RegistryCsvReader}); only a file without a single error is written, so a broken file
 * changes nothing. Rows update records with the same reference and create the others.
 */
@ApplicationScoped
@Transactional
public class RegistryCsvImport {

    /** What an import did. */
    public record ImportReport(RegistryFile file, int rows, int created, int updated) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistryService registry;

    @Inject
    AccessPolicy access;

    @Inject
    Validator validator;

    public ImportReport importFile(Caller caller, RegistryFile file, String text) {
        access.requireRole(caller, AuditAction.IMPORT, "registry", Role.COORDINATOR);
        RegistryCsvReader reader = new RegistryCsvReader(references(caller), validator);
        return switch (file) {
            case HOSTS -> save(file, reader.hosts(text), input -> registry.hostByRef(
                    caller.prefectureCode(), input.externalRef()) == null, input -> registry.saveHost(caller, input));
            case TASKS -> save(file, reader.tasks(text),
                    input -> registry.taskByRef(input.hostId(), input.externalRef()) == null,
                    input -> registry.saveTask(caller, input));
            case SLOTS -> save(file, reader.slots(text),
                    input -> registry.slotByRef(input.taskId(), input.externalRef()) == null,
                    input -> registry.saveSlot(caller, input));
        };
    }

    private <T> ImportReport save(RegistryFile file, List<T> inputs, Predicate<T> isNew, Consumer<T> save) {
        int created = 0;
        for (T input : inputs) {
            if (isNew.test(input)) {
                created++;
            }
            save.accept(input);
            em.flush();
        }
        return new ImportReport(file, inputs.size(), created, inputs.size() - created);
    }

    /** The codes of the caller's prefecture, read once per file, and its hosts and tasks as rows name them. */
    private RegistryCsvReader.References references(Caller caller) {
        Set<String> municipalities = new HashSet<>(em.createQuery(
                        "select m.code from Municipality m where m.prefectureCode = :p", String.class)
                .setParameter("p", caller.prefectureCode()).getResultList());
        Set<String> accommodations = new HashSet<>(em.createQuery(
                        "select a.code from Accommodation a where a.prefectureCode = :p", String.class)
                .setParameter("p", caller.prefectureCode()).getResultList());
        return new RegistryCsvReader.References() {
            @Override
            public boolean isMunicipality(String code) {
                return municipalities.contains(code);
            }

            @Override
            public boolean isAccommodation(String code) {
                return accommodations.contains(code);
            }

            @Override
            public Long hostId(String ref) {
                HostOrganisation host = registry.hostByRef(caller.prefectureCode(), ref);
                return host == null ? null : host.getId();
            }

            @Override
            public Long taskId(long hostId, String ref) {
                CarvedOutTask task = registry.taskByRef(hostId, ref);
                return task == null ? null : task.getId();
            }
        };
    }
}
