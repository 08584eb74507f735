package jp.tsunagu.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A supervisor (担当者) at a host. One person can look after only so many trainees at once,
 * whichever slots they are on: that capacity is a hard limit of the matching.
 */
@Entity
@Table(name = "supervisor")
public class Supervisor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "host_id")
    private Long hostId;
    private String name;
    private int capacity;
    @Version
    private long version;

    protected Supervisor() {
    }

    public Supervisor(Long hostId, String name, int capacity) {
        this.hostId = hostId;
        this.name = name;
        this.capacity = capacity;
    }

    public void changeCapacity(int capacity) {
        this.capacity = capacity;
    }

    public Long getId() {
        return id;
    }

    public Long getHostId() {
        return hostId;
    }

    public String getName() {
        return name;
    }

    public int getCapacity() {
        return capacity;
    }
}
