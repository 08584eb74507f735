package jp.tsunagu.matching.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.conditionally;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.max;

import jp.tsunagu.matching.rules.PairRule;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * The rules and goals of the weekly matching. Hard rules protect the person and the host; the
 * medium level places as many people as possible, the higher priority and the longer waiting
 * first; soft goals choose among solutions that place the same people. Pairwise rules read the
 * figures {@link SolutionAssembler} precomputed with {@link jp.tsunagu.matching.rules.PairRules}.
 */
public class MatchingConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                // Hard
                slotCapacity(factory),
                supervisorCapacity(factory),
                scheduleWithinAvailability(factory),
                slotOpenInRoundWeek(factory),
                pacingWithinStage(factory),
                stepUpReachesNewStage(factory),
                accommodationsCovered(factory),
                travelWithinReach(factory),
                programmeAccepted(factory),
                programmeTimeLimit(factory),
                exclusionRespected(factory),
                slotExclusionRespected(factory),
                // Medium
                unplacedPerson(factory),
                // Soft
                travelTime(factory),
                interestMatched(factory),
                localHostPreferred(factory),
                fairAcrossMunicipalities(factory),
                stableProposals(factory),
                hostLoadSpread(factory),
                coldHostsGetATrial(factory)
        };
    }

    // ---------------------------------------------------------------------------------------- hard

    // A slot takes no more people at once than its capacity.
    // 定員: 受入側が一度に見られる人数を超えると、本人への目配りが行き届かない
    Constraint slotCapacity(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .groupBy(Placement::getSlot, count())
                .filter((slot, people) -> people > slot.capacity())
                .penalize(HardMediumSoftLongScore.ONE_HARD, (slot, people) -> people - slot.capacity())
                .asConstraint("slotCapacity");
    }

    // A supervisor looks after no more people at once, across all their slots, than they can.
    // 担当者の上限: 一人の担当者が見きれない人数を受け入れると、本人が放置され挫折につながる
    Constraint supervisorCapacity(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .groupBy(placement -> placement.getSlot().supervisor(), count())
                .filter((supervisor, people) -> people > supervisor.capacity())
                .penalize(HardMediumSoftLongScore.ONE_HARD, (supervisor, people) -> people - supervisor.capacity())
                .asConstraint("supervisorCapacity");
    }

    // The slot's weekdays and hours lie inside the days and hours the person is available.
    // 曜日・時間帯: 介護や子育てと両立できない日時の枠は、本人と家族の生活を壊す
    Constraint scheduleWithinAvailability(ConstraintFactory factory) {
        return pairRule(factory, PairRule.SCHEDULE_WITHIN_AVAILABILITY);
    }

    // The slot takes people in the round's week, and in season.
    // 受入期間・季節: 受入のない時期の枠に送ると、本人が行き場を失う
    Constraint slotOpenInRoundWeek(ConstraintFactory factory) {
        return pairRule(factory, PairRule.SLOT_OPEN_IN_ROUND_WEEK);
    }

    // The slot asks no more hours per day and days per week than the person's current stage.
    // ステップ: 段階を飛ばした負荷は本人を消耗させ、支援の後戻りにつながる
    Constraint pacingWithinStage(ConstraintFactory factory) {
        return pairRule(factory, PairRule.PACING_WITHIN_STAGE);
    }

    // A person stepping up to a longer stage gets a slot asking at least the new stage's weekly hours.
    // 次のステップ: 移行の時期に短い枠へ戻すと、支援計画で決めた一歩が後戻りになる
    Constraint stepUpReachesNewStage(ConstraintFactory factory) {
        return pairRule(factory, PairRule.STEP_UP_REACHES_NEW_STAGE);
    }

    // Every accommodation the person needs is offered by the task or the site.
    // 配慮: 必要な配慮のない職場は、本人にとって安心して通える場にならない
    Constraint accommodationsCovered(ConstraintFactory factory) {
        return pairRule(factory, PairRule.ACCOMMODATIONS_COVERED);
    }

    // The journey is possible and within the person's and the prefecture's limit; penalised per excess minute.
    // 通所時間: 長すぎる通所は本人の負担となり中断の原因になる
    Constraint travelWithinReach(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(placement -> placement.breaks(PairRule.TRAVEL_WITHIN_REACH))
                .penalize(HardMediumSoftLongScore.ONE_HARD,
                        placement -> placement.getOption().journey().excessMinutes())
                .asConstraint(PairRule.TRAVEL_WITHIN_REACH.constraintName());
    }

    // The slot accepts the person's programme.
    // 支援メニュー: 対象外の事業で受け入れると、本人が制度の支えを受けられない
    Constraint programmeAccepted(ConstraintFactory factory) {
        return pairRule(factory, PairRule.PROGRAMME_ACCEPTED);
    }

    // A 就労準備支援事業 participant past the limit is placed only with a recorded extension.
    // 利用期間: 期限を過ぎた利用は、支援調整会議で延長を決めた場合に限る
    Constraint programmeTimeLimit(ConstraintFactory factory) {
        return pairRule(factory, PairRule.PROGRAMME_TIME_LIMIT);
    }

    // The person is never sent to a host they must not go to.
    // 除外: 過去のトラブルや親族関係のある事業所は、本人を傷つけるおそれがある
    Constraint exclusionRespected(ConstraintFactory factory) {
        return pairRule(factory, PairRule.EXCLUSION_RESPECTED);
    }

    // The person is never proposed a slot excluded for them, nor one they or the host declined.
    // 除外された組み合わせ: 一度断った提案を繰り返すと、本人にも受入先にも二度断らせることになる
    Constraint slotExclusionRespected(ConstraintFactory factory) {
        return pairRule(factory, PairRule.SLOT_EXCLUSION_RESPECTED);
    }

    private static Constraint pairRule(ConstraintFactory factory, PairRule rule) {
        return factory.forEach(Placement.class)
                .filter(placement -> placement.breaks(rule))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(rule.constraintName());
    }

    // -------------------------------------------------------------------------------------- medium

    // Each unplaced person costs their placement weight (priority and weeks waited).
    // 未配置: 待っている人を一人でも多く、優先度の高い人・長く待った人から次の一歩へつなぐ
    Constraint unplacedPerson(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Placement.class)
                .filter(placement -> placement.getSlot() == null)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, Placement::getWeight)
                .asConstraint("unplacedPerson");
    }

    // ---------------------------------------------------------------------------------------- soft

    // Each minute of one-way travel costs.
    // 通所時間: 短い通所ほど通い続けやすい
    Constraint travelTime(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .penalizeConfigurable(Placement::getTravelMinutes)
                .asConstraint("travelTime");
    }

    // A task whose kind of work the person likes or is good at is rewarded.
    // 興味・得意: 好きなこと・得意なことを活かせる場は意欲と定着につながる
    Constraint interestMatched(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(placement -> placement.getOption().interestMatched())
                .rewardConfigurable()
                .asConstraint("interestMatched");
    }

    // A host in the person's own municipality, or else their wide area, is rewarded.
    // 地域づくり: 身近な場での体験は地域とのつながりを生み、通所の負担も軽い
    Constraint localHostPreferred(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(placement -> placement.getOption().localWeight() > 0)
                .rewardConfigurable(placement -> placement.getOption().localWeight())
                .asConstraint("localHostPreferred");
    }

    // The worst-off municipality's share of its people left unplaced, in percent, costs.
    // 公平性: 特定の町村の人ばかりが取り残されないようにする
    Constraint fairAcrossMunicipalities(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Placement.class)
                .groupBy(Placement::getMunicipalityCode,
                        conditionally(placement -> placement.getSlot() == null, count()),
                        count())
                .groupBy(max((String municipality, Integer unplaced, Integer people) -> unplaced * 100 / people))
                .filter(worstShare -> worstShare > 0)
                .penalizeConfigurable(worstShare -> worstShare)
                .asConstraint("fairAcrossMunicipalities");
    }

    // Moving a person away from last round's proposal costs.
    // 安定性: 先週の案が毎週変わると、本人と相談員の準備が無駄になり不安を招く
    Constraint stableProposals(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Placement.class)
                .filter(Placement::movedFromPreviousSlot)
                .penalizeConfigurable()
                .asConstraint("stableProposals");
    }

    // The square of each host's number of people costs, spreading trials over hosts.
    // 負担の分散: 一つの受入先に集中すると受入側が疲弊し、次の受入を断られる
    Constraint hostLoadSpread(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .groupBy(placement -> placement.getSlot().host(), count())
                .penalizeConfigurable((host, people) -> people * people)
                .asConstraint("hostLoadSpread");
    }

    // Each host given a trial is rewarded by 1 + the weeks it went without one (capped at 12).
    // 受入先の維持: 長く受入のない事業所は協力をやめてしまうため、体験の機会を回す
    Constraint coldHostsGetATrial(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .groupBy(placement -> placement.getSlot().host())
                .rewardConfigurable(Host::coldTrialWeight)
                .asConstraint("coldHostsGetATrial");
    }
}
