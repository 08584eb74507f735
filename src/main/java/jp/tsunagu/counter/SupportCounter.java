package jp.tsunagu.counter;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.TreeSet;

/**
 * A submitting body (相談支援機関). It serves one or more municipalities: a prefecture's agency
 * serves the towns and villages that have no welfare office of their own. A counter's staff see
 * only the people of the municipalities it serves.
 */
@Entity
@Table(name = "support_counter")
public class SupportCounter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "prefecture_code")
    private String prefectureCode;
    private String name;
    @Enumerated(EnumType.STRING)
    private CounterKind kind;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "counter_municipality", joinColumns = @JoinColumn(name = "counter_id"))
    @Column(name = "municipality_code")
    private Set<String> servedMunicipalities = new TreeSet<>();

    protected SupportCounter() {
    }

    public SupportCounter(String prefectureCode, String name, CounterKind kind, Set<String> servedMunicipalities) {
        this.prefectureCode = prefectureCode;
        this.name = name;
        this.kind = kind;
        this.servedMunicipalities = new TreeSet<>(servedMunicipalities);
    }

    public boolean serves(String municipalityCode) {
        return servedMunicipalities.contains(municipalityCode);
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

    public CounterKind getKind() {
        return kind;
    }

    public Set<String> getServedMunicipalities() {
        return Set.copyOf(servedMunicipalities);
    }
}
