package jp.tsunagu.sample;

import java.util.List;
import jp.tsunagu.matching.problem.MunicipalityFact;
import jp.tsunagu.registry.HostKind;

/** Made-up host names in the style of real ones; any likeness to a real organisation is chance. */
final class HostNames {

    private static final List<String> WORDS = List.of("あおば", "ひかり", "さくら", "やまびこ", "こもれび",
            "せせらぎ", "りんどう", "たかね", "ほたる", "ひだまり", "あさま", "ちくま", "すずらん", "しなの",
            "みすず", "かりん", "こまくさ", "やまなみ", "そよかぜ", "つむぎ");
    private static final List<String> COMPANY = List.of("精工", "食品", "製作所", "物産", "印刷", "電子", "運輸");
    private static final List<String> FARM = List.of("農園", "果樹園", "きのこ園", "ファーム");
    private static final List<String> NPO = List.of("ネット", "の会", "サポート", "ひろば");

    private HostNames() {
    }

    static String name(HostKind kind, MunicipalityFact municipality, Draw draw) {
        String word = draw.pick(WORDS);
        return switch (kind) {
            case COMPANY -> "株式会社" + word + draw.pick(COMPANY);
            case FARM -> word + draw.pick(FARM);
            case SOCIAL_WELFARE_CORPORATION -> draw.chance(0.3)
                    ? municipality.name() + "社会福祉協議会"
                    : "社会福祉法人" + word + "会";
            case NPO -> "NPO法人" + word + draw.pick(NPO);
            case SHOP -> word + "商店";
            case COMMUNITY_CAFE -> "地域カフェ" + word;
        };
    }
}
