package jp.tsunagu.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.tsunagu.platform.persistence.DelimitedSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A host organisation (受入事業所): company, farm, social-welfare corporation, NPO, shop or
 * community café. The coordinator registers it; its employer account then manages its own tasks
 * and slots. {@code externalRef} is the registry's own key, stable across CSV imports.
 */
@Entity
@Table(name = "host")
public class HostOrganisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "prefecture_code")
    private String prefectureCode;
    @Column(name = "external_ref")
    private String externalRef;
    private String name;
    @Enumerated(EnumType.STRING)
    private HostKind kind;
    @Column(name = "municipality_code")
    private String municipalityCode;
    private BigDecimal latitude;
    private BigDecimal longitude;
    @Column(name = "contact_person")
    private String contactPerson;
    @Column(name = "contact_hours")
    private String contactHours;
    @Column(name = "actively_accepting")
    private boolean activelyAccepting;
    @Column(name = "site_accommodations")
    private String siteAccommodations = "";
    @Column(name = "last_trial_on")
    private LocalDate lastTrialOn;
    @Version
    private long version;

    protected HostOrganisation() {
    }

    public HostOrganisation(String prefectureCode, String externalRef) {
        this.prefectureCode = prefectureCode;
        this.externalRef = externalRef;
    }

    /** Replaces the registry details in one step, as a form or an import row states them. */
    public void describe(String name, HostKind kind, String municipalityCode, BigDecimal latitude, BigDecimal longitude,
                         String contactPerson, String contactHours, boolean activelyAccepting,
                         Set<String> siteAccommodations) {
        this.name = name;
        this.kind = kind;
        this.municipalityCode = municipalityCode;
        this.latitude = latitude;
        this.longitude = longitude;
        this.contactPerson = contactPerson;
        this.contactHours = contactHours;
        this.activelyAccepting = activelyAccepting;
        this.siteAccommodations = DelimitedSet.CODES.format(siteAccommodations);
    }

    public void recordTrial(LocalDate day) {
        if (lastTrialOn == null || day.isAfter(lastTrialOn)) {
            lastTrialOn = day;
        }
    }

    public Long getId() {
        return id;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public String getExternalRef() {
        return externalRef;
    }

    public String getName() {
        return name;
    }

    public HostKind getKind() {
        return kind;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getContactHours() {
        return contactHours;
    }

    public boolean isActivelyAccepting() {
        return activelyAccepting;
    }

    public Set<String> getSiteAccommodations() {
        return DelimitedSet.CODES.parse(siteAccommodations);
    }

    public LocalDate getLastTrialOn() {
        return lastTrialOn;
    }

    public long getVersion() {
        return version;
    }

}
