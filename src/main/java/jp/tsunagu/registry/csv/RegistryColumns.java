package jp.tsunagu.registry.csv;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The columns of the registry files, the same for import and export. */
final class RegistryColumns {

    static final List<String> HOSTS = List.of("host_ref", "name", "kind", "municipality_code", "latitude", "longitude",
            "contact_person", "contact_hours", "actively_accepting", "site_accommodations");
    static final List<String> TASKS = List.of("host_ref", "task_ref", "title", "work_kind", "physical_load",
            "customer_contact", "accommodations_offered", "supervisor_name", "supervisor_capacity");
    static final List<String> SLOTS = List.of("host_ref", "task_ref", "slot_ref", "weekdays", "start_time",
            "hours_per_day", "open_from", "open_until", "season_months", "capacity", "pick_up_from", "programmes",
            "open", "pick_up_runs");
    /**
     * Columns a file may leave out: added after files were already kept by prefectures, so that
     * those files still import (an absent column reads as empty).
     */
    static final List<String> OPTIONAL = List.of("pick_up_runs");

    /**
     * Each column's heading in Japanese, as the export writes it by default for Excel users; the
     * import takes a file headed either way (even mixed), and every error names the column so.
     */
    private static final Map<String, String> JAPANESE = Map.ofEntries(
            Map.entry("host_ref", "受入先番号"), Map.entry("name", "名称"), Map.entry("kind", "種別"),
            Map.entry("municipality_code", "市町村コード"), Map.entry("latitude", "緯度"), Map.entry("longitude", "経度"),
            Map.entry("contact_person", "連絡担当者"), Map.entry("contact_hours", "連絡できる時間"),
            Map.entry("actively_accepting", "受入中"), Map.entry("site_accommodations", "事業所の配慮"),
            Map.entry("task_ref", "業務番号"), Map.entry("title", "業務名"), Map.entry("work_kind", "仕事の種類"),
            Map.entry("physical_load", "身体的な負荷"), Map.entry("customer_contact", "接客"),
            Map.entry("accommodations_offered", "提供できる配慮"), Map.entry("supervisor_name", "指導担当者"),
            Map.entry("supervisor_capacity", "指導担当者の受入人数"), Map.entry("slot_ref", "受入枠番号"),
            Map.entry("weekdays", "曜日"), Map.entry("start_time", "開始時刻"), Map.entry("hours_per_day", "1日の時間"),
            Map.entry("open_from", "受入開始日"), Map.entry("open_until", "受入終了日"), Map.entry("season_months", "受け入れる月"),
            Map.entry("capacity", "定員"), Map.entry("pick_up_from", "送迎する市町村"), Map.entry("programmes", "支援メニュー"),
            Map.entry("open", "募集中"), Map.entry("pick_up_runs", "送迎便"));
    private static final Map<String, String> MACHINE = JAPANESE.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    private RegistryColumns() {
    }

    /** The column's Japanese heading; a name that is no column (row, ref, header) stays as it is. */
    static String heading(String column) {
        return JAPANESE.getOrDefault(column, column);
    }

    /** The column a heading names, whether it is written in Japanese or as the column's name. */
    static String column(String heading) {
        String trimmed = heading == null ? null : heading.strip();
        return MACHINE.getOrDefault(trimmed, trimmed);
    }

    /** The headings of a file as written: in Japanese, or the columns' names. */
    static List<String> headings(RegistryFile file, boolean japanese) {
        return japanese ? of(file).stream().map(RegistryColumns::heading).toList() : of(file);
    }

    static List<String> of(RegistryFile file) {
        return switch (file) {
            case HOSTS -> HOSTS;
            case TASKS -> TASKS;
            case SLOTS -> SLOTS;
        };
    }
}
