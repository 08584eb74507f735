package jp.tsunagu.registry;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A pick-up run (送迎便) a slot offers: from a municipality, at a named point or anywhere in it,
 * taking {@code minutes} one way to the host.
 *
 * <p>Written as text in the registry table and in the slots file as
 * {@code 202029@松本駅=25;202037=40}: runs separated by {@code ;}, each
 * {@code municipality code[@point]=minutes}; a point name therefore holds none of {@code ; = @ ,}.
 */
public record SlotPickUpRun(
        @NotBlank @Pattern(regexp = "\\d{6}", message = "6桁の市町村コードで指定してください") String municipalityCode,
        @Size(max = 40) @Pattern(regexp = "[^;=@,]*", message = "; = @ , は使えません") String point,
        @NotNull @Min(1) @Max(240) Integer minutes) {

    /** Runs in a stable order: by municipality, point, minutes. */
    public static final Comparator<SlotPickUpRun> ORDER = Comparator.comparing(SlotPickUpRun::municipalityCode)
            .thenComparing(r -> r.point() == null ? "" : r.point())
            .thenComparing(SlotPickUpRun::minutes, Comparator.nullsFirst(Comparator.naturalOrder()));

    public SlotPickUpRun {
        if (point != null) {
            point = point.strip();
            if (point.isEmpty()) {
                point = null;
            }
        }
    }

    /** The text form of runs; empty for none. */
    public static String format(List<SlotPickUpRun> runs) {
        if (runs == null || runs.isEmpty()) {
            return "";
        }
        return runs.stream().sorted(ORDER)
                .map(r -> r.municipalityCode() + (r.point() == null ? "" : "@" + r.point()) + "=" + r.minutes())
                .collect(Collectors.joining(";"));
    }

    /**
     * Runs read from their text form.
     *
     * @throws IllegalArgumentException naming, in Japanese, the part that cannot be read
     */
    public static List<SlotPickUpRun> parse(String text) {
        List<SlotPickUpRun> runs = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return runs;
        }
        for (String part : text.split(";")) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            int equals = item.lastIndexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("「市町村コード@乗車地=分」の形で書いてください: " + item);
            }
            String where = item.substring(0, equals).strip();
            int minutes;
            try {
                minutes = Integer.parseInt(item.substring(equals + 1).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("送迎の所要時間（分）は整数で書いてください: " + item);
            }
            int at = where.indexOf('@');
            String code = at < 0 ? where : where.substring(0, at).strip();
            String point = at < 0 ? null : where.substring(at + 1);
            runs.add(new SlotPickUpRun(code, point, minutes));
        }
        return runs;
    }
}
