package jp.tsunagu.registry.csv;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import jp.tsunagu.access.AccessPolicy;
import jp.tsunagu.access.Caller;
import jp.tsunagu.access.Role;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.candidate.Programme;
import jp.tsunagu.platform.Problems;
import jp.tsunagu.registry.CarvedOutTask;
import jp.tsunagu.registry.CustomerContact;
import jp.tsunagu.registry.HostInput;
import jp.tsunagu.registry.HostKind;
import jp.tsunagu.registry.HostOrganisation;
import jp.tsunagu.registry.PhysicalLoad;
import jp.tsunagu.registry.RegistryService;
import jp.tsunagu.registry.SlotInput;
import jp.tsunagu.registry.SlotPickUpRun;
import jp.tsunagu.registry.TaskInput;
import jp.tsunagu.registry.WorkKind;

/**
 * Imports one registry file in one transaction. Every row is read and checked first (cells, Bean
 * Validation, references to municipalities, the catalogue, hosts and tasks); only a file without
 * a single error is written, so a broken file changes nothing. Rows update records with the same
 * reference and create the others.
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
        Known known = new Known(
                new HashSet<>(em.createQuery("select m.code from Municipality m where m.prefectureCode = :p", String.class)
                        .setParameter("p", caller.prefectureCode()).getResultList()),
                new HashSet<>(em.createQuery("select a.code from Accommodation a where a.prefectureCode = :p", String.class)
                        .setParameter("p", caller.prefectureCode()).getResultList()));
        return switch (file) {
            case HOSTS -> importRows(caller, file, text, row -> hostRow(known, row), input -> registry.hostByRef(
                    caller.prefectureCode(), input.externalRef()) == null, input -> registry.saveHost(caller, input));
            case TASKS -> importRows(caller, file, text, row -> taskRow(caller, known, row),
                    input -> registry.taskByRef(input.hostId(), input.externalRef()) == null,
                    input -> registry.saveTask(caller, input));
            case SLOTS -> importRows(caller, file, text, row -> slotRow(caller, known, row),
                    input -> registry.slotByRef(input.taskId(), input.externalRef()) == null,
                    input -> registry.saveSlot(caller, input));
        };
    }

    private <T> ImportReport importRows(Caller caller, RegistryFile file, String text, Function<CsvRow, T> read,
                                        Function<T, Boolean> isNew, Consumer<T> save) {
        List<Problems.FieldError> errors = new ArrayList<>();
        List<T> inputs = new ArrayList<>();
        Set<String> seenKeys = new HashSet<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(text))) {
            Set<String> missing = new TreeSet<>(RegistryColumns.of(file));
            missing.removeAll(parser.getHeaderNames());
            missing.removeAll(RegistryColumns.OPTIONAL);
            if (!missing.isEmpty()) {
                errors.add(new Problems.FieldError("header", "列がありません: " + String.join(", ", missing), 1));
                throw new CsvImportException(errors);
            }
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                int before = errors.size();
                CsvRow row = new CsvRow(record, line, errors);
                T input = read.apply(row);
                if (errors.size() == before) {
                    for (ConstraintViolation<T> v : validator.validate(input)) {
                        row.error(v.getPropertyPath().toString(), v.getMessage());
                    }
                }
                String key = String.join("/", record.toList().subList(0, Math.min(record.size(), keyColumns(file))));
                if (!seenKeys.add(key)) {
                    row.error("ref", "同じ参照番号の行が前にもあります: " + key);
                }
                if (errors.size() == before) {
                    inputs.add(input);
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
        int created = 0;
        for (T input : inputs) {
            if (isNew.apply(input)) {
                created++;
            }
            save.accept(input);
            em.flush();
        }
        return new ImportReport(file, inputs.size(), created, inputs.size() - created);
    }

    private static int keyColumns(RegistryFile file) {
        return switch (file) {
            case HOSTS -> 1;
            case TASKS -> 2;
            case SLOTS -> 3;
        };
    }

    /** The codes rows may refer to, read once per file. */
    private record Known(Set<String> municipalities, Set<String> accommodations) {

        String municipality(CsvRow row, String column) {
            String code = row.required(column);
            if (code != null && !municipalities.contains(code)) {
                row.error(column, "この県の市町村コードではありません: " + code);
            }
            return code;
        }

        Set<String> municipalities(CsvRow row, String column) {
            Set<String> codes = row.items(column);
            codes.stream().filter(c -> !municipalities.contains(c))
                    .forEach(c -> row.error(column, "この県の市町村コードではありません: " + c));
            return codes;
        }

        /** Runs written {@code 202029@松本駅=25;202037=40}, from municipalities of the prefecture. */
        List<SlotPickUpRun> pickUpRuns(CsvRow row, String column) {
            String text = row.text(column);
            List<SlotPickUpRun> runs;
            try {
                runs = SlotPickUpRun.parse(text);
            } catch (IllegalArgumentException e) {
                row.error(column, e.getMessage());
                return List.of();
            }
            runs.stream().map(SlotPickUpRun::municipalityCode).filter(c -> !municipalities.contains(c))
                    .forEach(c -> row.error(column, "この県の市町村コードではありません: " + c));
            return runs;
        }

        Set<String> accommodations(CsvRow row, String column) {
            Set<String> codes = row.items(column);
            codes.stream().filter(c -> !accommodations.contains(c))
                    .forEach(c -> row.error(column, "配慮カタログにないコードです: " + c));
            return codes;
        }
    }

    private HostInput hostRow(Known known, CsvRow row) {
        return new HostInput(row.required("host_ref"), row.required("name"),
                row.choice("kind", HostKind.class, HostKind::labelJa), known.municipality(row, "municipality_code"),
                row.decimal("latitude"), row.decimal("longitude"), row.text("contact_person"),
                row.text("contact_hours"), row.flag("actively_accepting"),
                known.accommodations(row, "site_accommodations"), null);
    }

    private TaskInput taskRow(Caller caller, Known known, CsvRow row) {
        HostOrganisation host = host(caller, row);
        return new TaskInput(host == null ? null : host.getId(), row.required("task_ref"), row.required("title"),
                row.choice("work_kind", WorkKind.class, WorkKind::labelJa),
                row.choice("physical_load", PhysicalLoad.class, PhysicalLoad::labelJa),
                row.choice("customer_contact", CustomerContact.class, CustomerContact::labelJa),
                known.accommodations(row, "accommodations_offered"), row.required("supervisor_name"),
                row.integer("supervisor_capacity"), null);
    }

    private SlotInput slotRow(Caller caller, Known known, CsvRow row) {
        HostOrganisation host = host(caller, row);
        String taskRef = row.required("task_ref");
        CarvedOutTask task = host == null || taskRef == null ? null : registry.taskByRef(host.getId(), taskRef);
        if (host != null && taskRef != null && task == null) {
            row.error("task_ref", "この受入事業所に登録されていない業務です: " + taskRef);
        }
        String open = row.text("open");
        var openFrom = row.date("open_from");
        var openUntil = row.date("open_until");
        if (openFrom != null && openUntil != null && openUntil.isBefore(openFrom)) {
            row.error("open_until", "open_from 以降の日付を書いてください");
        }
        Set<Integer> season = row.integers("season_months");
        season.stream().filter(m -> m < 1 || m > 12).forEach(m -> row.error("season_months", "月は 1〜12 で書いてください: " + m));
        return new SlotInput(task == null ? null : task.getId(), row.required("slot_ref"), row.weekdays("weekdays"),
                row.time("start_time"), row.integer("hours_per_day"), openFrom, openUntil,
                season, row.integer("capacity"), known.municipalities(row, "pick_up_from"),
                row.choices("programmes", Programme.class, Programme::labelJa),
                open == null || row.flag("open"), null, known.pickUpRuns(row, "pick_up_runs"));
    }

    private HostOrganisation host(Caller caller, CsvRow row) {
        String ref = row.required("host_ref");
        if (ref == null) {
            return null;
        }
        HostOrganisation host = registry.hostByRef(caller.prefectureCode(), ref);
        if (host == null) {
            row.error("host_ref", "登録されていない受入事業所です: " + ref);
        }
        return host;
    }
}
