package jp.tsunagu.registry;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A carved-out task with its supervisor, named within the host: a supervisor not yet known is
 * registered with the capacity given, a known one keeps its record and takes the new capacity.
 */
public record TaskInput(
        @NotNull Long hostId,
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_\\-]+", message = "英数字・ハイフン・下線のみ使えます")
        String externalRef,
        @NotBlank @Size(max = 120) String title,
        @NotNull WorkKind workKind,
        @NotNull PhysicalLoad physicalLoad,
        @NotNull CustomerContact customerContact,
        Set<String> accommodationsOffered,
        @NotBlank @Size(max = 80) String supervisorName,
        @NotNull @Min(1) @Max(20) Integer supervisorCapacity,
        Long version) {

    public Set<String> accommodationsOrEmpty() {
        return accommodationsOffered == null ? Set.of() : accommodationsOffered;
    }
}
