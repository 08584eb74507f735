package jp.tsunagu.registry;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;

/** A host organisation as the coordinator registers it. {@code version} is required on update. */
public record HostInput(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_\\-]+", message = "英数字・ハイフン・下線のみ使えます")
        String externalRef,
        @NotBlank @Size(max = 120) String name,
        @NotNull HostKind kind,
        @NotNull @Pattern(regexp = "\\d{6}", message = "6桁の市町村コードで指定してください") String municipalityCode,
        @DecimalMin("20.0") @DecimalMax("46.0") BigDecimal latitude,
        @DecimalMin("122.0") @DecimalMax("154.0") BigDecimal longitude,
        @Size(max = 80) String contactPerson,
        @Size(max = 80) String contactHours,
        boolean activelyAccepting,
        Set<String> siteAccommodations,
        Long version) {

    public Set<String> siteAccommodationsOrEmpty() {
        return siteAccommodations == null ? Set.of() : siteAccommodations;
    }
}
