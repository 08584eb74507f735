package jp.tsunagu.registry.csv;

import java.util.Locale;
import java.util.Optional;

/** The three files of the registry. */
public enum RegistryFile {
    HOSTS, TASKS, SLOTS;

    public static Optional<RegistryFile> named(String name) {
        for (RegistryFile file : values()) {
            if (file.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
