package jp.tsunagu.registry.csv;

import java.util.List;

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

    private RegistryColumns() {
    }

    static List<String> of(RegistryFile file) {
        return switch (file) {
            case HOSTS -> HOSTS;
            case TASKS -> TASKS;
            case SLOTS -> SLOTS;
        };
    }
}
