package jp.tsunagu.sample;

import java.time.Month;
import java.util.EnumSet;
import java.util.Set;
import jp.tsunagu.registry.HostKind;
import jp.tsunagu.registry.WorkKind;

/**
 * When a task's work exists. Nagano's farm work is seasonal: open-field vegetables (高原野菜) from
 * spring to autumn, fruit (りんご・ぶどう) harvested and sorted in autumn, 野沢菜 in late autumn and
 * early winter, while greenhouses and mushroom sheds (えのき・ぶなしめじ) work all year.
 */
enum Season {
    ALL_YEAR(EnumSet.noneOf(Month.class)),
    OPEN_FIELD(EnumSet.range(Month.APRIL, Month.OCTOBER)),
    FRUIT_HARVEST(EnumSet.range(Month.SEPTEMBER, Month.NOVEMBER)),
    WINTER_VEGETABLES(EnumSet.of(Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER)),
    GROWING(EnumSet.range(Month.APRIL, Month.NOVEMBER));

    private final Set<Month> months;

    Season(Set<Month> months) {
        this.months = months;
    }

    /** The slot's {@code seasonMonths}: empty means all year. */
    Set<Month> months() {
        return months;
    }

    static Season of(HostKind host, WorkKind work, Draw draw) {
        if (host == HostKind.FARM && work == WorkKind.FARMING) {
            return FARMING.draw(draw);
        }
        if (work == WorkKind.GARDENING) {
            return draw.chance(0.6) ? GROWING : ALL_YEAR;
        }
        if (host == HostKind.FARM && work == WorkKind.LIGHT_WORK) {
            // Sorting and packing (選果・袋詰め) follows the harvest half the time.
            return draw.chance(0.5) ? FRUIT_HARVEST : ALL_YEAR;
        }
        return ALL_YEAR;
    }

    private static final Weighted<Season> FARMING = Weighted.<Season>of()
            .with(OPEN_FIELD, 45)
            .with(FRUIT_HARVEST, 20)
            .with(ALL_YEAR, 25)
            .with(WINTER_VEGETABLES, 10);
}
