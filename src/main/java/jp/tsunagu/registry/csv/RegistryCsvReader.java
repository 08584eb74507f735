package jp.tsunagu.registry.csv;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import jp.tsunagu.candidate.Programme;
import jp.tsunagu.platform.Problems;
import jp.tsunagu.registry.CustomerContact;
import jp.tsunagu.registry.HostInput;
import jp.tsunagu.registry.HostKind;
import jp.tsunagu.registry.PhysicalLoad;
import jp.tsunagu.registry.SlotInput;
import jp.tsunagu.registry.SlotPickUpRun;
import jp.tsunagu.registry.TaskInput;
import jp.tsunagu.registry.WorkKind;

/**
 * Reads a registry file into the inputs it describes and stores nothing. Every cell, every row
 * (Bean Validation) and every reference is checked; a file with a single error yields no input but
 * every error, each with its line (the header is line 1; a row that spans lines is named by its
 * first). Whatever the text, the only failure is a {@link CsvImportException} in Japanese.
 */
final class RegistryCsvReader {

    /** What rows may refer to: the prefecture's municipalities and catalogue, its registered hosts and tasks. */
    interface References {

        boolean isMunicipality(String code);

        boolean isAccommodation(String code);

        /** The id of the host registered under {@code ref}, or null. */
        Long hostId(String ref);

        /** The id of the task of that host registered under {@code ref}, or null. */
        Long taskId(long hostId, String ref);
    }

    /** MariaDB's DATE holds the years 1000 to 9999; a year outside would fail only when written. */
    private static final LocalDate EARLIEST = LocalDate.of(1000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    /** Where the CSV parser says a broken record starts, e.g. "(startline 2)" or "at line: 2". */
    private static final Pattern PARSER_LINE = Pattern.compile("(?:startline|line:?)\\s*(\\d+)");

    private final References references;
    private final Validator validator;

    RegistryCsvReader(References references, Validator validator) {
        this.references = references;
        this.validator = validator;
    }

    /** The rows of {@code text} as inputs of {@code file}: {@link HostInput}, {@link TaskInput} or {@link SlotInput}. */
    List<?> read(RegistryFile file, String text) {
        return switch (file) {
            case HOSTS -> hosts(text);
            case TASKS -> tasks(text);
            case SLOTS -> slots(text);
        };
    }

    List<HostInput> hosts(String text) {
        return rows(RegistryFile.HOSTS, text, this::hostRow);
    }

    List<TaskInput> tasks(String text) {
        return rows(RegistryFile.TASKS, text, this::taskRow);
    }

    List<SlotInput> slots(String text) {
        return rows(RegistryFile.SLOTS, text, this::slotRow);
    }

    private <T> List<T> rows(RegistryFile file, String text, Function<CsvRow, T> read) {
        List<Problems.FieldError> errors = new ArrayList<>();
        List<T> inputs = new ArrayList<>();
        Set<String> seenKeys = new HashSet<>();
        int lastLine = 1;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader(columns(text))
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(text))) {
            if (!header(file, parser.getHeaderNames(), errors)) {
                throw new CsvImportException(errors);
            }
            int columns = parser.getHeaderNames().size();
            for (CSVRecord record : parser) {
                int line = firstLine(record, (int) parser.getCurrentLineNumber());
                lastLine = (int) parser.getCurrentLineNumber();
                int before = errors.size();
                CsvRow row = new CsvRow(record, line, errors);
                extraCells(record, columns, row);
                T input = read.apply(row);
                if (errors.size() == before) {
                    for (ConstraintViolation<T> v : validator.validate(input)) {
                        row.error(v.getPropertyPath().toString(), v.getMessage());
                    }
                }
                String key = keyColumns(file).stream().map(c -> String.valueOf(row.text(c)))
                        .collect(Collectors.joining("/"));
                if (!seenKeys.add(key)) {
                    row.error("ref", "同じ参照番号の行が前にもあります: " + key);
                }
                if (errors.size() == before) {
                    inputs.add(input);
                }
            }
        } catch (CsvImportException e) {
            throw e;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException broken) {
            errors.add(unreadable(broken, lastLine + 1));
        }
        if (!errors.isEmpty()) {
            throw new CsvImportException(errors);
        }
        return inputs;
    }

    /**
     * The columns the file's first line names, each heading read as its column whether written in
     * Japanese (as the export writes it for Excel) or as the column's name.
     */
    private static String[] columns(String text) throws IOException {
        try (CSVParser header = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(text))) {
            return header.getHeaderNames().stream().map(RegistryColumns::column).toArray(String[]::new);
        }
    }

    /** The header names every column of the file, once; an unknown column is ignored. */
    private static boolean header(RegistryFile file, List<String> names, List<Problems.FieldError> errors) {
        Set<String> missing = new TreeSet<>(RegistryColumns.of(file));
        missing.removeAll(names);
        missing.removeAll(RegistryColumns.OPTIONAL);
        if (!missing.isEmpty()) {
            errors.add(new Problems.FieldError("header", "列がありません: " + missing.stream()
                    .map(c -> RegistryColumns.heading(c) + "（" + c + "）").collect(Collectors.joining(", ")), 1));
        }
        Map<String, Long> counts = names.stream().collect(Collectors.groupingBy(n -> n, Collectors.counting()));
        Set<String> twice = new TreeSet<>();
        counts.forEach((name, count) -> {
            if (count > 1) {
                twice.add(name);
            }
        });
        if (!twice.isEmpty()) {
            errors.add(new Problems.FieldError("header", "同じ名前の列が2つ以上あります: " + twice.stream()
                    .map(c -> RegistryColumns.heading(c) + "（" + c + "）").collect(Collectors.joining(", ")), 1));
        }
        return errors.isEmpty();
    }

    /**
     * A row with more cells than the header has most likely a comma inside an unquoted value,
     * which shifted the cells after it: refused rather than read with the last values dropped.
     */
    private static void extraCells(CSVRecord record, int columns, CsvRow row) {
        for (int i = columns; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                row.error("row", "値が多すぎます（見出しは " + columns + " 列、この行は " + record.size()
                        + " 列）。値にカンマ（,）を含むときは、値を \"\" で囲んでください");
                return;
            }
        }
    }

    /** The line a record starts on, from the line it ends on and the line breaks inside its values. */
    private static int firstLine(CSVRecord record, int lastLine) {
        int breaks = 0;
        for (String value : record) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return Math.max(2, lastLine - breaks);
    }

    /** The parser's failure in the caller's terms, on the line where the broken record starts. */
    private static Problems.FieldError unreadable(Exception broken, int fallbackLine) {
        Throwable cause = broken instanceof UncheckedIOException && broken.getCause() != null ? broken.getCause() : broken;
        int line = fallbackLine;
        Matcher m = cause.getMessage() == null ? null : PARSER_LINE.matcher(cause.getMessage());
        if (m != null && m.find()) {
            line = Integer.parseInt(m.group(1));
        }
        String message;
        if (cause instanceof CSVException && cause.getMessage() != null && cause.getMessage().contains("EOF")) {
            message = "\" で始めた値が閉じられないまま、ファイルが終わっています。値の中の \" は \"\" と2つ重ねて書いてください";
        } else if (cause instanceof CSVException) {
            message = "\" で囲んだ値の後に、カンマ（,）や改行以外の文字があります。値の中の \" は \"\" と2つ重ねて書いてください";
        } else if (cause instanceof IllegalArgumentException && String.valueOf(cause.getMessage()).contains("header")) {
            message = "見出しに名前のない列があります。1行目の見出しを確認してください";
            line = 1;
        } else {
            message = "CSVとして読めません。UTF-8 か Shift_JIS の CSV ファイルを送ってください";
        }
        return new Problems.FieldError("file", message, line);
    }

    private static List<String> keyColumns(RegistryFile file) {
        return switch (file) {
            case HOSTS -> List.of("host_ref");
            case TASKS -> List.of("host_ref", "task_ref");
            case SLOTS -> List.of("host_ref", "task_ref", "slot_ref");
        };
    }

    private HostInput hostRow(CsvRow row) {
        return new HostInput(row.required("host_ref"), row.required("name"),
                row.choice("kind", HostKind.class, HostKind::labelJa), municipality(row, "municipality_code"),
                row.decimal("latitude"), row.decimal("longitude"), row.text("contact_person"),
                row.text("contact_hours"), row.flag("actively_accepting"),
                accommodations(row, "site_accommodations"), null);
    }

    private TaskInput taskRow(CsvRow row) {
        Long hostId = host(row);
        return new TaskInput(hostId, row.required("task_ref"), row.required("title"),
                row.choice("work_kind", WorkKind.class, WorkKind::labelJa),
                row.choice("physical_load", PhysicalLoad.class, PhysicalLoad::labelJa),
                row.choice("customer_contact", CustomerContact.class, CustomerContact::labelJa),
                accommodations(row, "accommodations_offered"), row.required("supervisor_name"),
                row.integer("supervisor_capacity"), null);
    }

    private SlotInput slotRow(CsvRow row) {
        Long hostId = host(row);
        String taskRef = row.required("task_ref");
        Long taskId = hostId == null || taskRef == null ? null : references.taskId(hostId, taskRef);
        if (hostId != null && taskRef != null && taskId == null) {
            row.error("task_ref", "この受入事業所に登録されていない業務です: " + taskRef);
        }
        String open = row.text("open");
        LocalDate openFrom = storableDate(row, "open_from");
        LocalDate openUntil = storableDate(row, "open_until");
        if (openFrom != null && openUntil != null && openUntil.isBefore(openFrom)) {
            row.error("open_until", "open_from 以降の日付を書いてください");
        }
        Set<Integer> season = row.integers("season_months");
        season.stream().filter(m -> m < 1 || m > 12).forEach(m -> row.error("season_months", "月は 1〜12 で書いてください: " + m));
        return new SlotInput(taskId, row.required("slot_ref"), row.weekdays("weekdays"),
                row.time("start_time"), row.integer("hours_per_day"), openFrom, openUntil,
                season, row.integer("capacity"), municipalities(row, "pick_up_from"),
                row.choices("programmes", Programme.class, Programme::labelJa),
                open == null || row.flag("open"), null, pickUpRuns(row, "pick_up_runs"));
    }

    private LocalDate storableDate(CsvRow row, String column) {
        LocalDate date = row.date(column);
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            row.error(column, "日付は 1000-01-01 から 9999-12-31 までで書いてください: " + row.text(column));
            return null;
        }
        return date;
    }

    private Long host(CsvRow row) {
        String ref = row.required("host_ref");
        if (ref == null) {
            return null;
        }
        Long id = references.hostId(ref);
        if (id == null) {
            row.error("host_ref", "登録されていない受入事業所です: " + ref);
        }
        return id;
    }

    private String municipality(CsvRow row, String column) {
        String code = row.required(column);
        if (code != null && !references.isMunicipality(code)) {
            row.error(column, "この県の市町村コードではありません: " + code);
        }
        return code;
    }

    private Set<String> municipalities(CsvRow row, String column) {
        Set<String> codes = row.items(column);
        codes.stream().filter(c -> !references.isMunicipality(c))
                .forEach(c -> row.error(column, "この県の市町村コードではありません: " + c));
        return codes;
    }

    /** Runs written {@code 202029@松本駅=25;202037=40}, from municipalities of the prefecture. */
    private List<SlotPickUpRun> pickUpRuns(CsvRow row, String column) {
        List<SlotPickUpRun> runs;
        try {
            runs = SlotPickUpRun.parse(row.text(column));
        } catch (IllegalArgumentException e) {
            row.error(column, e.getMessage());
            return List.of();
        }
        runs.stream().map(SlotPickUpRun::municipalityCode).filter(c -> !references.isMunicipality(c))
                .forEach(c -> row.error(column, "この県の市町村コードではありません: " + c));
        return runs;
    }

    private Set<String> accommodations(CsvRow row, String column) {
        Set<String> codes = row.items(column);
        codes.stream().filter(c -> !references.isAccommodation(c))
                .forEach(c -> row.error(column, "配慮カタログにないコードです: " + c));
        return codes;
    }
}
