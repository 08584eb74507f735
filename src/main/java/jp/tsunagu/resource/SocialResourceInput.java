package jp.tsunagu.resource;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.Set;
import jp.tsunagu.registry.WorkKind;

/** A social resource as the coordinator registers or edits it. {@code version} is required on update. */
public record SocialResourceInput(
        @NotBlank @Size(max = 120) String name,
        @NotNull ResourceKind kind,
        @NotNull @Pattern(regexp = "\\d{6}", message = "6桁の市町村コードで指定してください") String municipalityCode,
        @Size(max = 200) String area,
        @NotBlank @Size(max = 1000) String offers,
        Set<WorkKind> workKinds,
        Set<String> accommodationsOffered,
        @Size(max = 200) String contact,
        Set<DayOfWeek> openingDays,
        @Size(max = 100) String openingHours,
        @Size(max = 1000) String publicNote,
        Long version) {

    Set<WorkKind> workKindsOrEmpty() {
        return workKinds == null ? Set.of() : workKinds;
    }

    Set<String> accommodationsOrEmpty() {
        return accommodationsOffered == null ? Set.of() : accommodationsOffered;
    }

    Set<DayOfWeek> openingDaysOrEmpty() {
        return openingDays == null ? Set.of() : openingDays;
    }
}
