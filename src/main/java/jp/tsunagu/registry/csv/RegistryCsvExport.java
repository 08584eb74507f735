package jp.tsunagu.registry.csv;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.registry.HostView;
import jp.tsunagu.registry.RegistryService;
import jp.tsunagu.registry.SlotPickUpRun;
import jp.tsunagu.registry.SlotView;
import jp.tsunagu.registry.TaskView;

/** Writes the registry in the same files the import reads, so that an export can be edited and imported back. */
@ApplicationScoped
@Transactional
public class RegistryCsvExport {

    @Inject
    RegistryService registry;

    @Inject
    AccessPolicy access;

    /** The file with Japanese headings ({@code japanese}, for Excel users) or the columns' names. */
    public String export(Caller caller, RegistryFile file, boolean japanese) {
        access.requireRole(caller, AuditAction.EXPORT, "registry", Role.COORDINATOR);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder()
                .setHeader(RegistryColumns.headings(file, japanese).toArray(String[]::new))
                .setRecordSeparator("\r\n").get().print(out)) {
            List<HostView> hostList = registry.hosts(caller);
            Map<Long, HostView> hosts = hostList.stream().collect(Collectors.toMap(HostView::id, h -> h));
            switch (file) {
                case HOSTS -> {
                    for (HostView h : hostList) {
                        printer.printRecord(h.externalRef(), h.name(), h.kind(), h.municipalityCode(), h.latitude(),
                                h.longitude(), h.contactPerson(), h.contactHours(), h.activelyAccepting(),
                                joined(h.siteAccommodations(), Function.identity()));
                    }
                }
                case TASKS -> {
                    for (TaskView t : registry.tasks(caller)) {
                        printer.printRecord(hosts.get(t.hostId()).externalRef(), t.externalRef(), t.title(), t.workKind(),
                                t.physicalLoad(), t.customerContact(), joined(t.accommodationsOffered(), Function.identity()),
                                t.supervisorName(), t.supervisorCapacity());
                    }
                }
                case SLOTS -> {
                    Map<Long, TaskView> tasks = registry.tasks(caller).stream()
                            .collect(Collectors.toMap(TaskView::id, t -> t));
                    for (SlotView s : registry.slots(caller)) {
                        printer.printRecord(hosts.get(s.hostId()).externalRef(), tasks.get(s.taskId()).externalRef(),
                                s.externalRef(), joined(s.weekdays(), d -> d.name().substring(0, 3)), s.startTime(),
                                s.hoursPerDay(), s.openFrom(), s.openUntil(), joined(s.seasonMonths(), String::valueOf),
                                s.capacity(), joined(s.pickUpFrom(), Function.identity()),
                                joined(s.programmes(), Enum::name), s.open(), SlotPickUpRun.format(s.pickUpRuns()));
                    }
                }
                default -> throw new IllegalStateException(file.name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static <T> String joined(Collection<T> values, Function<T, String> format) {
        return values.stream().sorted().map(format).collect(Collectors.joining(";"));
    }

}
