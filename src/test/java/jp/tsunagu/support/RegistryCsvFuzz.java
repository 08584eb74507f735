package jp.tsunagu.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import jp.tsunagu.candidate.Programme;
import jp.tsunagu.registry.CustomerContact;
import jp.tsunagu.registry.HostKind;
import jp.tsunagu.registry.PhysicalLoad;
import jp.tsunagu.registry.WorkKind;
import jp.tsunagu.registry.csv.RegistryFile;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated registry files for fuzzing the CSV import: valid files as a coordinator's spreadsheet
 * could hold them (any column order, quoting, line endings, UTF-8 with or without BOM, Shift_JIS,
 * declared or not), and the same files broken in the ways uploads break: bad quoting, cells too
 * many or too few, huge cells, bytes of no encoding, unknown references, values out of range,
 * repeated keys, empty files, a header alone.
 */
public final class RegistryCsvFuzz {

    public static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    /** What a file may refer to: the prefecture's codes and its registered hosts and tasks. */
    public record Vocabulary(List<String> municipalities, List<String> accommodations, List<String> hostRefs,
                             List<List<String>> hostTaskRefs) {
    }

    /** A file as cells: the header and its rows, in the header's order. */
    public record Sheet(RegistryFile file, List<String> header, List<List<String>> rows) {

        int column(String name) {
            return header.indexOf(name);
        }
    }

    /** What is sent: the bytes, the charset declared with them (or null), and how they were made. */
    public record Upload(RegistryFile file, byte[] bytes, String charset, String how, int rows, int brokenFirstLine,
                         int brokenLastLine) {

        /** True when the file was broken on purpose in one row, so that it must be refused naming that row. */
        public boolean brokenRow() {
            return brokenFirstLine > 0;
        }

        public String text() {
            Charset cs = charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset.equals("Shift_JIS") ? "windows-31j" : charset);
            return new String(bytes, cs);
        }

        @Override
        public String toString() {
            String shown = text();
            return file + " " + how + " charset=" + charset + " rows=" + rows + " broken=" + brokenFirstLine + "-"
                    + brokenLastLine + "\n" + (shown.length() > 2_000 ? shown.substring(0, 2_000) + "…(" + shown.length() + ")" : shown);
        }
    }

    /** Ways to break one row so that the file must be refused, naming that row's line. */
    public enum RowBreak {
        BROKEN_QUOTE, EXTRA_CELLS, HUGE_CELL, INVALID_BYTES, UNKNOWN_REFERENCE, OUT_OF_RANGE, DUPLICATE_KEY
    }

    /** Other ways to damage a file, after which it may be valid or not. */
    public enum Damage {
        MISSING_CELLS, GARBAGE_CELL, CONTROL_CHARACTERS, TRUNCATED, EMPTY_FILE, HEADER_ONLY, BAD_HEADER,
        BLANK_LINES, UNTERMINATED_QUOTE_IN_HEADER, RANDOM_BYTES
    }

    static final String JAPANESE = "あいうえおかきくけこさしすせそたちつてとなにぬねのアイウエオカキクケコ"
            + "農園商店田中髙橋①信州松本長野市社会福祉法人販売清掃ー・（）「」、。";

    private RegistryCsvFuzz() {
    }

    // ---- valid files ---------------------------------------------------------------------------

    public static Arbitrary<Sheet> validSheet(RegistryFile file, Vocabulary known, String refPrefix) {
        List<String> columns = switch (file) {
            case HOSTS -> List.of("host_ref", "name", "kind", "municipality_code", "latitude", "longitude",
                    "contact_person", "contact_hours", "actively_accepting", "site_accommodations");
            case TASKS -> List.of("host_ref", "task_ref", "title", "work_kind", "physical_load",
                    "customer_contact", "accommodations_offered", "supervisor_name", "supervisor_capacity");
            case SLOTS -> List.of("host_ref", "task_ref", "slot_ref", "weekdays", "start_time",
                    "hours_per_day", "open_from", "open_until", "season_months", "capacity", "pick_up_from",
                    "programmes", "open");
        };
        Arbitrary<List<List<String>>> rows = row(file, known).list().ofMinSize(1).ofMaxSize(12);
        Arbitrary<List<String>> order = Arbitraries.shuffle(columns);
        Arbitrary<Boolean> shuffle = Arbitraries.of(true, false);
        Arbitrary<Boolean> memo = Arbitraries.of(true, false);
        return Combinators.combine(rows, order, shuffle, memo).as((values, shuffled, doShuffle, withMemo) -> {
            List<String> header = new ArrayList<>(doShuffle ? shuffled : columns);
            if (withMemo) {
                header.add("memo");
            }
            List<List<String>> sheetRows = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                List<String> canonical = new ArrayList<>(values.get(i));
                // Keys unique within the file: the last key column carries the row's number.
                int keyColumn = switch (file) {
                    case HOSTS -> 0;
                    case TASKS -> 1;
                    case SLOTS -> 2;
                };
                canonical.set(keyColumn, refPrefix + "-" + (i + 1));
                List<String> cells = new ArrayList<>();
                for (String name : header) {
                    int c = columns.indexOf(name);
                    cells.add(c >= 0 ? canonical.get(c) : "メモ" + i);
                }
                sheetRows.add(cells);
            }
            return new Sheet(file, header, sheetRows);
        });
    }

    private static Arbitrary<List<String>> row(RegistryFile file, Vocabulary known) {
        return switch (file) {
            case HOSTS -> Combinators.combine(List.of(
                    Arbitraries.just("key"), text(60), choice(HostKind.values(), HostKind::labelJa),
                    Arbitraries.of(known.municipalities()),
                    decimalOrEmpty(20, 46), decimalOrEmpty(122, 154), text(20).injectNull(0.3).map(RegistryCsvFuzz::orEmpty),
                    text(20).injectNull(0.3).map(RegistryCsvFuzz::orEmpty), flag(),
                    subset(known.accommodations()))).as(cells -> cells);
            case TASKS -> Combinators.combine(List.of(
                    Arbitraries.of(known.hostRefs()), Arbitraries.just("key"), text(60),
                    choice(WorkKind.values(), WorkKind::labelJa), choice(PhysicalLoad.values(), PhysicalLoad::labelJa),
                    choice(CustomerContact.values(), CustomerContact::labelJa), subset(known.accommodations()),
                    text(30), Arbitraries.integers().between(1, 20).map(String::valueOf))).as(cells -> cells);
            case SLOTS -> Combinators.combine(List.of(
                    Arbitraries.of(known.hostTaskRefs()).map(p -> p.get(0) + "\u0000" + p.get(1)),
                    Arbitraries.just("task"), Arbitraries.just("key"),
                    Arbitraries.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN", "月", "火", "水", "木", "金", "土", "日",
                            "月曜", "水曜日", "monday").set().ofMinSize(1).ofMaxSize(4).map(s -> String.join(";", s)),
                    Arbitraries.integers().between(6, 16).flatMap(h -> Arbitraries.of("00", "15", "30", "45")
                            .map(m -> (h < 10 && m.equals("30") ? String.valueOf(h) : String.format("%02d", h)) + ":" + m)),
                    Arbitraries.integers().between(1, 8).map(String::valueOf),
                    Arbitraries.integers().between(0, 300).map(d -> java.time.LocalDate.of(2026, 4, 1).plusDays(d).toString()
                            + "|" + java.time.LocalDate.of(2026, 4, 1).plusDays(d + 30).toString().replace('-', '/')),
                    Arbitraries.just("until"),
                    Arbitraries.integers().between(1, 12).set().ofMaxSize(4)
                            .map(s -> s.stream().map(String::valueOf).collect(Collectors.joining(";"))),
                    Arbitraries.integers().between(1, 20).map(String::valueOf), subset(known.municipalities()),
                    choice(Programme.values(), Programme::labelJa).set().ofMaxSize(2).map(s -> String.join(";", s)),
                    Arbitraries.of("", "はい", "true", "yes", "1", "いいえ", "false", "0", "○", "×")))
                    .as(cells -> {
                        List<String> row = new ArrayList<>(cells);
                        String[] hostTask = row.get(0).split("\u0000");
                        row.set(0, hostTask[0]);
                        row.set(1, hostTask[1]);
                        String[] dates = row.get(6).split("\\|");
                        row.set(6, dates[0]);
                        row.set(7, dates[1]);
                        return row;
                    });
        };
    }

    private static Arbitrary<String> text(int max) {
        return Arbitraries.strings().withChars(JAPANESE + "abcXYZ019 ,\"\n-_").ofMaxLength(max)
                .map(s -> "園" + s);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Arbitrary<String> decimalOrEmpty(int min, int max) {
        return Arbitraries.bigDecimals().between(java.math.BigDecimal.valueOf(min), java.math.BigDecimal.valueOf(max))
                .ofScale(4).map(java.math.BigDecimal::toPlainString).injectNull(0.3).map(RegistryCsvFuzz::orEmpty);
    }

    private static Arbitrary<String> flag() {
        return Arbitraries.of("", "true", "false", "yes", "no", "1", "0", "はい", "いいえ", "○", "×", "TRUE");
    }

    private static <E extends Enum<E>> Arbitrary<String> choice(E[] values, Function<E, String> label) {
        return Arbitraries.of(values).flatMap(e -> Arbitraries.of(e.name(), label.apply(e), e.name().toLowerCase()));
    }

    private static Arbitrary<String> subset(List<String> codes) {
        return Arbitraries.of(codes).set().ofMaxSize(Math.min(3, codes.size())).map(s -> String.join(";", s));
    }

    // ---- rendering -----------------------------------------------------------------------------

    /** How a sheet is written out: line endings, quoting, byte-order mark, encoding and its declaration. */
    public record Style(String lineEnding, boolean quoteAll, boolean finalNewline, boolean bom, boolean shiftJis,
                        boolean declared) {
    }

    public static Arbitrary<Style> style() {
        return Combinators.combine(Arbitraries.of("\r\n", "\n", "\r", "mixed"), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as(Style::new);
    }

    /** Text of a sheet with the line each row starts and ends on (the header is line 1). */
    record Rendered(String text, int[] firstLines, int[] lastLines) {
    }

    static Rendered render(List<String> header, List<List<String>> rows, Style style, Random random) {
        StringBuilder out = new StringBuilder();
        int line = 1;
        out.append(joinCells(header, style));
        int[] first = new int[rows.size()];
        int[] last = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            out.append(lineEnding(style, random));
            line++;
            first[r] = line;
            String cells = joinCells(rows.get(r), style);
            line += lineBreaks(cells);
            last[r] = line;
            out.append(cells);
        }
        if (style.finalNewline()) {
            out.append(lineEnding(style, random));
        }
        return new Rendered(out.toString(), first, last);
    }

    private static String lineEnding(Style style, Random random) {
        return style.lineEnding().equals("mixed") ? List.of("\r\n", "\n", "\r").get(random.nextInt(3)) : style.lineEnding();
    }

    private static String joinCells(List<String> cells, Style style) {
        return cells.stream().map(c -> quoted(c, style.quoteAll())).collect(Collectors.joining(","));
    }

    static String quoted(String cell, boolean always) {
        boolean needs = always || cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                || cell.contains("\r") || (!cell.isEmpty() && (Character.isWhitespace(cell.charAt(0))
                || Character.isWhitespace(cell.charAt(cell.length() - 1))));
        return needs ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    static int lineBreaks(String text) {
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                breaks++;
            }
        }
        return breaks;
    }

    static Upload encode(RegistryFile file, String text, Style style, String how, int rows, int first, int last) {
        boolean sjis = style.shiftJis() && SHIFT_JIS.newEncoder().canEncode(text);
        byte[] body = text.getBytes(sjis ? SHIFT_JIS : StandardCharsets.UTF_8);
        if (!sjis && style.bom()) {
            body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body);
        }
        String charset = style.declared() ? (sjis ? "Shift_JIS" : "UTF-8") : null;
        return new Upload(file, body, charset, how + (sjis ? " Shift_JIS" : " UTF-8") + (style.bom() && !sjis ? "+BOM" : "")
                + " " + style, rows, first, last);
    }

    public static Arbitrary<Upload> validUpload(Arbitrary<Sheet> sheets) {
        return Combinators.combine(sheets, style(), Arbitraries.randoms()).as((sheet, style, random) -> {
            Rendered r = render(sheet.header(), sheet.rows(), style, random);
            return encode(sheet.file(), r.text(), style, "valid", sheet.rows().size(), 0, 0);
        });
    }

    // ---- broken files --------------------------------------------------------------------------

    /** A valid file with one row broken so that the file must be refused naming that row. */
    public static Arbitrary<Upload> brokenRowUpload(Arbitrary<Sheet> sheets) {
        return Combinators.combine(sheets, style(), Arbitraries.of(RowBreak.values()), Arbitraries.randoms())
                .as((sheet, style, kind, random) -> breakRow(sheet, style, kind, random));
    }

    /** A valid file damaged in any way; it may still be valid. */
    public static Arbitrary<Upload> damagedUpload(Arbitrary<Sheet> sheets) {
        Arbitrary<Upload> damaged = Combinators.combine(sheets, style(), Arbitraries.of(Damage.values()), Arbitraries.randoms())
                .as((sheet, style, kind, random) -> damage(sheet, style, kind, random));
        return Arbitraries.oneOf(damaged, brokenRowUpload(sheets));
    }

    static Upload breakRow(Sheet sheet, Style style, RowBreak kind, Random random) {
        List<List<String>> rows = copy(sheet.rows());
        int k = random.nextInt(rows.size());
        List<String> row = rows.get(k);
        String how = kind.name() + " row " + (k + 1);
        switch (kind) {
            case BROKEN_QUOTE, INVALID_BYTES -> {
                // applied to the text or the bytes below
            }
            case EXTRA_CELLS -> {
                int extra = 1 + random.nextInt(3);
                for (int i = 0; i < extra; i++) {
                    row.add("余分" + i);
                }
            }
            case HUGE_CELL -> {
                List<Integer> known = indices(sheet.header().size()).stream()
                        .filter(c -> !sheet.header().get(c).equals("memo")).toList();
                int c = known.get(random.nextInt(known.size()));
                String unit = random.nextBoolean() ? "x" : "農";
                row.set(c, unit.repeat(10_000 + random.nextInt(100_000)));
                how += " " + sheet.header().get(c);
            }
            case UNKNOWN_REFERENCE -> {
                List<String> columns = switch (sheet.file()) {
                    case HOSTS -> List.of("municipality_code", "site_accommodations");
                    case TASKS -> List.of("host_ref", "accommodations_offered");
                    case SLOTS -> List.of("host_ref", "task_ref", "pick_up_from");
                };
                String column = columns.get(random.nextInt(columns.size()));
                String unknown = switch (column) {
                    case "municipality_code", "pick_up_from" -> List.of("999999", "20202", "2020290", "東京都", "13101").get(random.nextInt(5));
                    case "site_accommodations", "accommodations_offered" -> List.of("telepathy", "QUIET_PLACE", "quiet place").get(random.nextInt(3));
                    default -> List.of("NO-SUCH-" + random.nextInt(1000), "ＨＯＳＴ", "x y").get(random.nextInt(3));
                };
                row.set(sheet.column(column), unknown);
            }
            case OUT_OF_RANGE -> {
                List<String[]> choices = switch (sheet.file()) {
                    case HOSTS -> List.of(new String[] {"latitude", "99.9"}, new String[] {"latitude", "-36"},
                            new String[] {"longitude", "1e400"}, new String[] {"latitude", "19.99999"},
                            new String[] {"longitude", "200"}, new String[] {"kind", "宇宙船"},
                            new String[] {"actively_accepting", "たぶん"});
                    case TASKS -> List.of(new String[] {"supervisor_capacity", "0"}, new String[] {"supervisor_capacity", "21"},
                            new String[] {"supervisor_capacity", "-1"}, new String[] {"supervisor_capacity", "99999999999"},
                            new String[] {"supervisor_capacity", "2.5"}, new String[] {"work_kind", "宇宙旅行"});
                    case SLOTS -> List.of(new String[] {"capacity", "0"}, new String[] {"capacity", "21"},
                            new String[] {"hours_per_day", "9"}, new String[] {"hours_per_day", "99999999999"},
                            new String[] {"season_months", "13"}, new String[] {"season_months", "0;1"},
                            new String[] {"start_time", "25:00"}, new String[] {"start_time", "9時"},
                            new String[] {"open_from", "2026-02-30"}, new String[] {"open_until", "+10000-01-01"},
                            new String[] {"open_from", "0999-12-31"}, new String[] {"open_until", "2025-01-01"},
                            new String[] {"weekdays", "MOON"}, new String[] {"open", "たぶん"});
                };
                String[] choice = choices.get(random.nextInt(choices.size()));
                row.set(sheet.column(choice[0]), choice[1]);
                how += " " + choice[0] + "=" + choice[1];
            }
            case DUPLICATE_KEY -> {
                if (rows.size() < 2) {
                    rows.add(new ArrayList<>(row));
                    k = 1;
                } else {
                    k = 1 + random.nextInt(rows.size() - 1);
                    int j = random.nextInt(k);
                    for (String key : keyColumns(sheet.file())) {
                        rows.get(k).set(sheet.column(key), rows.get(j).get(sheet.column(key)));
                    }
                }
                how = kind.name() + " row " + (k + 1);
            }
        }
        Rendered r = render(sheet.header(), rows, style, random);
        String text = r.text();
        int first = r.firstLines()[k];
        int last = r.lastLines()[k];
        if (kind == RowBreak.BROKEN_QUOTE) {
            int start = lineStart(text, first);
            String insert = random.nextBoolean() ? "\"閉じた\"後ろ," : "\"閉じない,";
            text = text.substring(0, start) + insert + text.substring(start);
            how += insert.contains("後ろ") ? " (text after a closing quote)" : " (a quote never closed)";
            if (insert.contains("閉じない")) {
                last = Integer.MAX_VALUE;
            }
        }
        Upload upload = encode(sheet.file(), text, style, how, -1, first, last);
        if (kind == RowBreak.INVALID_BYTES) {
            byte[] bytes = upload.bytes();
            int at = byteOffsetOfLine(bytes, first);
            byte bad = new byte[] {(byte) 0x80, (byte) 0xA0, (byte) 0xFD, (byte) 0xFE, (byte) 0xFF}[random.nextInt(5)];
            byte[] broken = concat(Arrays.copyOf(bytes, at), concat(new byte[] {bad}, Arrays.copyOfRange(bytes, at, bytes.length)));
            upload = new Upload(upload.file(), broken, upload.charset(), upload.how() + String.format(" byte %02X", bad & 0xFF),
                    -1, first, last);
        }
        return upload;
    }

    static Upload damage(Sheet sheet, Style style, Damage kind, Random random) {
        List<String> header = new ArrayList<>(sheet.header());
        List<List<String>> rows = copy(sheet.rows());
        int k = random.nextInt(rows.size());
        String how = kind.name();
        switch (kind) {
            case MISSING_CELLS -> {
                List<String> row = rows.get(k);
                int keep = 1 + random.nextInt(row.size() - 1);
                rows.set(k, new ArrayList<>(row.subList(0, keep)));
            }
            case GARBAGE_CELL -> rows.get(k).set(random.nextInt(rows.get(k).size()),
                    Arbitraries.strings().all().ofMaxLength(40).generator(100).next(random).value());
            case CONTROL_CHARACTERS -> rows.get(k).set(random.nextInt(rows.get(k).size()),
                    "a\u0000b\u0007c\u001Bd\u2028e\uFEFFf\uD800");
            case EMPTY_FILE -> {
                return encode(sheet.file(), List.of("", " ", "\r\n", "\n\n\n").get(random.nextInt(4)), style, how, 0, 0, 0);
            }
            case HEADER_ONLY -> rows.clear();
            case BAD_HEADER -> {
                int c = random.nextInt(header.size());
                switch (random.nextInt(4)) {
                    case 0 -> header.remove(c);
                    case 1 -> header.set(c, "");
                    case 2 -> header.add(header.get(c));
                    default -> header.set(c, header.get(c).toUpperCase());
                }
            }
            case BLANK_LINES -> {
                // rendered below
            }
            case UNTERMINATED_QUOTE_IN_HEADER -> header.set(0, "\"" + header.get(0));
            case TRUNCATED, RANDOM_BYTES -> {
                // applied to the bytes below
            }
        }
        String text;
        if (kind == Damage.UNTERMINATED_QUOTE_IN_HEADER) {
            text = String.join(",", header) + "\r\n" + rows.stream().map(r -> String.join(",", r)).collect(Collectors.joining("\r\n"));
        } else {
            text = render(header, rows, style, random).text();
        }
        if (kind == Damage.BLANK_LINES) {
            text = text.replace("\n", random.nextBoolean() ? "\n\n" : "\n \n");
        }
        Upload upload = encode(sheet.file(), text, style, how, -1, 0, 0);
        byte[] bytes = upload.bytes();
        if (kind == Damage.TRUNCATED && bytes.length > 1) {
            bytes = Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1));
        } else if (kind == Damage.RANDOM_BYTES) {
            bytes = bytes.clone();
            for (int i = 0; i < 1 + random.nextInt(5); i++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
        }
        return new Upload(upload.file(), bytes, upload.charset(), upload.how(), -1, 0, 0);
    }

    public static List<String> keyColumns(RegistryFile file) {
        return switch (file) {
            case HOSTS -> List.of("host_ref");
            case TASKS -> List.of("host_ref", "task_ref");
            case SLOTS -> List.of("host_ref", "task_ref", "slot_ref");
        };
    }

    private static List<List<String>> copy(List<List<String>> rows) {
        return rows.stream().map(r -> (List<String>) new ArrayList<>(r)).collect(Collectors.toCollection(ArrayList::new));
    }

    private static int lineStart(String text, int line) {
        int at = 0;
        for (int current = 1; current < line; current++) {
            int cr = text.indexOf('\r', at);
            int lf = text.indexOf('\n', at);
            int next = cr < 0 ? lf : lf < 0 ? cr : Math.min(cr, lf);
            at = next + (text.startsWith("\r\n", next) ? 2 : 1);
        }
        return at;
    }

    private static int byteOffsetOfLine(byte[] bytes, int line) {
        int at = 0;
        for (int current = 1; current < line; current++) {
            while (bytes[at] != '\r' && bytes[at] != '\n') {
                at++;
            }
            at += bytes[at] == '\r' && at + 1 < bytes.length && bytes[at + 1] == '\n' ? 2 : 1;
        }
        return at;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    /** Physical lines of a text, as a spreadsheet user counts them. */
    public static int lineCount(String text) {
        return lineBreaks(text) + 1;
    }

    static List<Integer> indices(int n) {
        return IntStream.range(0, n).boxed().toList();
    }
}
