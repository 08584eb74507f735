package jp.tsunagu.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** A host organisation as the registry shows it. */
public record HostView(long id, String externalRef, String name, HostKind kind, String municipalityCode,
                       BigDecimal latitude, BigDecimal longitude, String contactPerson, String contactHours,
                       boolean activelyAccepting, Set<String> siteAccommodations, LocalDate lastTrialOn, long version) {

    static HostView of(HostOrganisation h) {
        return new HostView(h.getId(), h.getExternalRef(), h.getName(), h.getKind(), h.getMunicipalityCode(),
                h.getLatitude(), h.getLongitude(), h.getContactPerson(), h.getContactHours(), h.isActivelyAccepting(),
                h.getSiteAccommodations(), h.getLastTrialOn(), h.getVersion());
    }
}
