package jp.tsunagu.sample;

import java.util.List;
import java.util.Map;
import jp.tsunagu.registry.WorkKind;

/** Japanese titles of carved-out tasks (切り出した業務), as a host would post them. */
final class TaskTitles {

    private static final Map<WorkKind, List<String>> TITLES = Map.of(
            WorkKind.LIGHT_WORK, List.of("部品の袋詰め", "商品の検品・箱詰め", "封入・発送作業", "農産物の袋詰め"),
            WorkKind.CLEANING, List.of("施設内の清掃", "館内の清掃（午前）", "車両の洗車・清掃", "旅館の客室清掃"),
            WorkKind.KITCHEN_HELP, List.of("厨房の下ごしらえ・洗い場", "弁当の盛り付け", "配食の準備"),
            WorkKind.DATA_ENTRY, List.of("伝票のPC入力", "名簿のデータ入力", "書類のスキャン・データ化"),
            WorkKind.SALES, List.of("直売所の品出し・レジ補助", "店頭の品出し", "朝市の販売補助"),
            WorkKind.CARE_ASSIST, List.of("デイサービスの配膳・片付け", "高齢者施設のシーツ交換", "レクリエーションの補助"),
            WorkKind.OFFICE_ASSIST, List.of("書類の整理・ファイリング", "チラシの折り込み・封入", "郵便物の仕分け"),
            WorkKind.MANUFACTURING, List.of("精密部品の組立補助", "味噌・漬物の製造補助", "木工製品の磨き"),
            WorkKind.GARDENING, List.of("花壇の手入れ・草取り", "公園の緑化作業", "苗の植え替え"));

    private static final Map<Season, List<String>> FARMING = Map.of(
            Season.OPEN_FIELD, List.of("高原野菜の収穫・袋詰め", "田畑の草取り", "野菜の定植"),
            Season.FRUIT_HARVEST, List.of("りんごの収穫・選果", "ぶどうの収穫補助", "果樹園の片付け"),
            Season.WINTER_VEGETABLES, List.of("野沢菜の収穫・洗い", "冬野菜の出荷準備"),
            Season.ALL_YEAR, List.of("えのき茸の収穫・包装", "ハウス野菜の手入れ", "ぶなしめじの培地づくり"),
            Season.GROWING, List.of("畑の手入れ", "苗の管理"));

    private TaskTitles() {
    }

    static String title(WorkKind kind, Season season, Draw draw) {
        if (kind == WorkKind.FARMING) {
            return draw.pick(FARMING.get(season));
        }
        return draw.pick(TITLES.get(kind));
    }
}
