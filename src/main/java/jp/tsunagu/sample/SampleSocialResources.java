package jp.tsunagu.sample;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tsunagu.matching.problem.MunicipalityFact;
import jp.tsunagu.region.MunicipalityKind;
import jp.tsunagu.registry.WorkKind;
import jp.tsunagu.resource.ResourceKind;
import jp.tsunagu.resource.SocialResource;

/**
 * The sample directory of social resources (社会資源): two in every city and one in the first town
 * or village of each wide area, each drawn from a fixed list in turn, so that the same sample always
 * holds the same entries. Names are invented; they stand for the kinds of place a counter knows.
 */
final class SampleSocialResources {

    private record Template(ResourceKind kind, String name, String offers, Set<WorkKind> workKinds,
                            Set<String> accommodations, Set<DayOfWeek> days, String hours, String note) {
    }

    private static final Set<DayOfWeek> WEEKDAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private static final List<Template> TEMPLATES = List.of(
            new Template(ResourceKind.PLACE_TO_BE, "居場所「ひだまり」",
                    "予約なしで立ち寄れる居場所。お茶を飲みながら過ごせ、季節の行事や手仕事の会があります。",
                    Set.of(WorkKind.LIGHT_WORK), Set.of("quiet_place", "short_hours", "flexible_breaks"),
                    Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY), "10:00-16:00",
                    "初めての方はスタッフが声をかけます。話さずに過ごすこともできます。"),
            new Template(ResourceKind.VOLUNTEERING, "社会福祉協議会 ボランティアセンター",
                    "公園の花壇づくり、地域清掃、イベントの準備など短時間のボランティアを紹介します。",
                    Set.of(WorkKind.GARDENING, WorkKind.CLEANING), Set.of("short_hours", "steady_supervisor"),
                    WEEKDAYS, "8:30-17:15", "1回1〜2時間から参加できます。"),
            new Template(ResourceKind.COMMUNITY_CAFE, "まちの縁側カフェ",
                    "地域の人が集うカフェ。配膳や洗い物のお手伝いから始められます。",
                    Set.of(WorkKind.KITCHEN_HELP, WorkKind.SALES), Set.of("steady_supervisor", "written_instructions"),
                    Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), "11:00-15:00",
                    "お手伝いは事前にご相談ください。"),
            new Template(ResourceKind.CONSULTATION, "くらしと心の相談室",
                    "保健師・社会福祉士による暮らし、健康、家計の相談。来所のほか電話でも受け付けます。",
                    Set.of(), Set.of("quiet_place", "same_gender_environment"),
                    WEEKDAYS, "9:00-17:00", "相談は無料です。予約すると待たずに話せます。"),
            new Template(ResourceKind.LEARNING, "学びの広場",
                    "パソコンの基本操作や履歴書の書き方を少人数で学べる教室。",
                    Set.of(WorkKind.DATA_ENTRY, WorkKind.OFFICE_ASSIST), Set.of("written_instructions", "short_hours"),
                    Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), "13:30-15:30", "教材は貸し出します。"),
            new Template(ResourceKind.FOOD_SUPPORT, "フードバンク・地域食堂",
                    "食品の受け取りと、月2回の地域食堂。仕分けのボランティアも募集しています。",
                    Set.of(WorkKind.LIGHT_WORK, WorkKind.KITCHEN_HELP), Set.of("little_contact", "no_heavy_lifting"),
                    Set.of(DayOfWeek.SATURDAY), "10:00-13:00", "受け取りは社会福祉協議会の紹介状があると円滑です。"),
            new Template(ResourceKind.PEER_GROUP, "ひきこもり当事者・家族の会",
                    "同じ経験をもつ人どうしが話す集まり。家族だけの参加もできます。",
                    Set.of(), Set.of("quiet_place", "day_one_accompaniment"),
                    Set.of(DayOfWeek.SUNDAY), "14:00-16:00", "月1回、第2日曜日に開いています。"));

    private final EntityManager em;

    SampleSocialResources(EntityManager em) {
        this.em = em;
    }

    void write(String prefectureCode, List<MunicipalityFact> municipalities) {
        List<MunicipalityFact> ordered = municipalities.stream().sorted(Comparator.comparing(MunicipalityFact::code)).toList();
        List<MunicipalityFact> places = new ArrayList<>();
        Map<String, MunicipalityFact> firstTownOfArea = new LinkedHashMap<>();
        for (MunicipalityFact m : ordered) {
            if (m.kind() == MunicipalityKind.CITY) {
                places.add(m);
                places.add(m);
            } else {
                firstTownOfArea.putIfAbsent(m.wideArea(), m);
            }
        }
        places.addAll(firstTownOfArea.values());
        for (int i = 0; i < places.size(); i++) {
            MunicipalityFact place = places.get(i);
            Template t = TEMPLATES.get(i % TEMPLATES.size());
            SocialResource resource = new SocialResource(prefectureCode);
            resource.describe(place.name() + " " + t.name(), t.kind(), place.code(), place.name() + "中心部",
                    t.offers(), t.workKinds(), t.accommodations(), place.name() + " " + t.kind().labelJa() + " 担当",
                    t.days(), t.hours(), t.note());
            SampleNetworkLoader.persistInOrder(em, resource);
        }
    }
}
