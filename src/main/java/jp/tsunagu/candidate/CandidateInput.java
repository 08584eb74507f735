package jp.tsunagu.candidate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import jp.tsunagu.registry.WorkKind;

/**
 * What a counter sends to submit or update a person. {@code version} is the version the counter
 * last read, required on update: a mismatch means someone else changed the case meanwhile.
 */
public record CandidateInput(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_\\-]+", message = "英数字・ハイフン・下線のみ使えます")
        String caseCode,
        @NotNull @Pattern(regexp = "\\d{6}", message = "6桁の市町村コードで指定してください") String municipalityCode,
        @NotNull TravelMode travelMode,
        @NotNull @Min(5) @Max(180) Integer maxOneWayMinutes,
        @NotNull Programme programme,
        @NotNull LocalDate programmeStart,
        @Size(max = 400) String extensionReason,
        @NotNull @Min(1) @Max(8) Integer hoursPerDay,
        @NotNull @Min(1) @Max(6) Integer daysPerWeek,
        @NotEmpty Set<DayOfWeek> availableDays,
        @NotNull LocalTime availableFrom,
        @NotNull LocalTime availableUntil,
        Set<String> accommodationNeeds,
        Set<WorkKind> interests,
        Set<Long> excludedHostIds,
        @NotNull @Min(1) @Max(5) Integer priority,
        @NotNull LocalDate waitingSince,
        @NotNull Boolean consentToMatching,
        LocalDate consentDate,
        Long version) {

    public CandidateProfile profile() {
        return new CandidateProfile(municipalityCode, travelMode, maxOneWayMinutes, programme, programmeStart,
                extensionReason, hoursPerDay, daysPerWeek, availableDays, availableFrom, availableUntil,
                accommodationNeeds, interests, excludedHostIds, priority, waitingSince, consentToMatching, consentDate);
    }
}
