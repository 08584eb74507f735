package jp.tsunagu.registry;

import java.util.Set;

/** A carved-out task as the registry shows it. */
public record TaskView(long id, long hostId, String externalRef, String title, WorkKind workKind,
                       PhysicalLoad physicalLoad, CustomerContact customerContact, Set<String> accommodationsOffered,
                       long supervisorId, String supervisorName, int supervisorCapacity, long version) {

    static TaskView of(CarvedOutTask t, Supervisor s) {
        return new TaskView(t.getId(), t.getHostId(), t.getExternalRef(), t.getTitle(), t.getWorkKind(),
                t.getPhysicalLoad(), t.getCustomerContact(), t.getAccommodationsOffered(), s.getId(), s.getName(),
                s.getCapacity(), t.getVersion());
    }
}
