package jp.tsunagu.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.util.Set;
import jp.tsunagu.platform.persistence.DelimitedSet;
import jp.tsunagu.registry.WorkKind;

/**
 * A social resource (社会資源) of the prefecture's directory. Its details are public information the
 * resource itself publishes: nothing about any person is kept here.
 */
@Entity
@Table(name = "social_resource")
public class SocialResource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "prefecture_code")
    private String prefectureCode;
    private String name;
    @Enumerated(EnumType.STRING)
    private ResourceKind kind;
    @Column(name = "municipality_code")
    private String municipalityCode;
    private String area;
    private String offers;
    @Column(name = "work_kinds")
    private String workKinds = "";
    @Column(name = "accommodations_offered")
    private String accommodationsOffered = "";
    private String contact;
    @Column(name = "opening_days")
    private String openingDays = "";
    @Column(name = "opening_hours")
    private String openingHours;
    @Column(name = "public_note")
    private String publicNote;
    @Version
    private long version;

    protected SocialResource() {
    }

    public SocialResource(String prefectureCode) {
        this.prefectureCode = prefectureCode;
    }

    /** Replaces the description in one step, as the coordinator's form states it. */
    public void describe(String name, ResourceKind kind, String municipalityCode, String area, String offers,
                         Set<WorkKind> workKinds, Set<String> accommodationsOffered, String contact,
                         Set<DayOfWeek> openingDays, String openingHours, String publicNote) {
        this.name = name;
        this.kind = kind;
        this.municipalityCode = municipalityCode;
        this.area = area;
        this.offers = offers;
        this.workKinds = DelimitedSet.WORK_KINDS.format(workKinds);
        this.accommodationsOffered = DelimitedSet.CODES.format(accommodationsOffered);
        this.contact = contact;
        this.openingDays = DelimitedSet.WEEKDAYS.format(openingDays);
        this.openingHours = openingHours;
        this.publicNote = publicNote;
    }

    public Long getId() {
        return id;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public String getName() {
        return name;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public String getArea() {
        return area;
    }

    public String getOffers() {
        return offers;
    }

    public Set<WorkKind> getWorkKinds() {
        return DelimitedSet.WORK_KINDS.parse(workKinds);
    }

    public Set<String> getAccommodationsOffered() {
        return DelimitedSet.CODES.parse(accommodationsOffered);
    }

    public String getContact() {
        return contact;
    }

    public Set<DayOfWeek> getOpeningDays() {
        return DelimitedSet.WEEKDAYS.parse(openingDays);
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public String getPublicNote() {
        return publicNote;
    }

    public long getVersion() {
        return version;
    }
}
