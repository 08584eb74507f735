package jp.tsunagu.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.problem.TravelOverride;
import jp.tsunagu.platform.Problems;
import jp.tsunagu.registry.csv.CsvImportException;

/**
 * A prefecture's measured one-way minutes for one travel mode, as a municipality-to-municipality
 * matrix: the first row names the destination JIS codes, each following row starts with the origin
 * code. A blank cell keeps the formula for that pair. Importing a mode replaces all its measured
 * minutes at once, or nothing if any cell is broken.
 */
@ApplicationScoped
@Transactional
public class TravelTimeImport {

    /** The longest journey a matrix may state: beyond it a cell is surely a typing error. */
    static final int MAX_MINUTES = 600;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;

    public int importMatrix(Caller caller, TravelMode mode, String text) {
        access.requireRole(caller, AuditAction.IMPORT, "travel-time", Role.COORDINATOR);
        Set<String> known = new HashSet<>(em.createQuery(
                        "select m.code from Municipality m where m.prefectureCode = :p", String.class)
                .setParameter("p", caller.prefectureCode()).getResultList());
        List<TravelOverride> overrides = new ArrayList<>();
        List<Problems.FieldError> errors = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get()
                .parse(new StringReader(text))) {
            List<String> destinations = null;
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (destinations == null) {
                    destinations = record.toList().subList(1, record.size());
                    for (String code : destinations) {
                        if (!known.contains(code)) {
                            errors.add(new Problems.FieldError("to", "この県の市町村コードではありません: " + code, line));
                        }
                    }
                    continue;
                }
                String from = record.get(0);
                if (!known.contains(from)) {
                    errors.add(new Problems.FieldError("from", "この県の市町村コードではありません: " + from, line));
                    continue;
                }
                for (int i = 1; i < record.size() && i <= destinations.size(); i++) {
                    String cell = record.get(i);
                    if (cell.isEmpty()) {
                        continue;
                    }
                    String to = destinations.get(i - 1);
                    try {
                        int minutes = Integer.parseInt(cell);
                        if (minutes < 0 || minutes > MAX_MINUTES) {
                            throw new NumberFormatException();
                        }
                        overrides.add(new TravelOverride(mode, from, to, minutes));
                    } catch (NumberFormatException e) {
                        errors.add(new Problems.FieldError(to, "0〜" + MAX_MINUTES + " の分数で書いてください: " + cell, line));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException malformed) {
            errors.add(new Problems.FieldError("file", "CSVとして読めません: " + malformed.getMessage(), null));
        }
        if (!errors.isEmpty()) {
            throw new CsvImportException(errors);
        }
        em.createNativeQuery("DELETE FROM travel_override WHERE prefecture_code = ? AND mode = ?")
                .setParameter(1, caller.prefectureCode()).setParameter(2, mode.name()).executeUpdate();
        for (TravelOverride o : overrides) {
            em.createNativeQuery("INSERT INTO travel_override (prefecture_code, mode, from_code, to_code, minutes)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, caller.prefectureCode()).setParameter(2, mode.name())
                    .setParameter(3, o.fromCode()).setParameter(4, o.toCode()).setParameter(5, o.minutes())
                    .executeUpdate();
        }
        return overrides.size();
    }
}
