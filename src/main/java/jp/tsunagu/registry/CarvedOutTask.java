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
import java.util.Set;

/**
 * A carved-out task (切り出した業務): a piece of a host's work made small and clear enough for a
 * first step, with the accommodations the site can offer for it and who supervises it.
 */
@Entity
@Table(name = "task")
public class CarvedOutTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "host_id")
    private Long hostId;
    @Column(name = "external_ref")
    private String externalRef;
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "work_kind")
    private WorkKind workKind;
    @Enumerated(EnumType.STRING)
    @Column(name = "physical_load")
    private PhysicalLoad physicalLoad;
    @Enumerated(EnumType.STRING)
    @Column(name = "customer_contact")
    private CustomerContact customerContact;
    @Column(name = "accommodations_offered")
    private String accommodationsOffered = "";
    @Column(name = "supervisor_id")
    private Long supervisorId;
    @Version
    private long version;

    protected CarvedOutTask() {
    }

    public CarvedOutTask(Long hostId, String externalRef) {
        this.hostId = hostId;
        this.externalRef = externalRef;
    }

    public void describe(String title, WorkKind workKind, PhysicalLoad physicalLoad, CustomerContact customerContact,
                         Set<String> accommodationsOffered, Long supervisorId) {
        this.title = title;
        this.workKind = workKind;
        this.physicalLoad = physicalLoad;
        this.customerContact = customerContact;
        this.accommodationsOffered = DelimitedSet.CODES.format(accommodationsOffered);
        this.supervisorId = supervisorId;
    }

    public Long getId() {
        return id;
    }

    public Long getHostId() {
        return hostId;
    }

    public String getExternalRef() {
        return externalRef;
    }

    public String getTitle() {
        return title;
    }

    public WorkKind getWorkKind() {
        return workKind;
    }

    public PhysicalLoad getPhysicalLoad() {
        return physicalLoad;
    }

    public CustomerContact getCustomerContact() {
        return customerContact;
    }

    public Set<String> getAccommodationsOffered() {
        return DelimitedSet.CODES.parse(accommodationsOffered);
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public long getVersion() {
        return version;
    }

}
