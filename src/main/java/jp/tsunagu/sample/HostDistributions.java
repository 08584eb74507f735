package jp.tsunagu.sample;

import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tsunagu.candidate.Programme;
import jp.tsunagu.matching.problem.MunicipalityFact;
import jp.tsunagu.registry.CustomerContact;
import jp.tsunagu.registry.HostKind;
import jp.tsunagu.registry.PhysicalLoad;
import jp.tsunagu.registry.WorkKind;

/**
 * The host-side parameters of the sample, in one place. {@code sample-data/README.md} gives the
 * reason for each; change both together.
 */
final class HostDistributions {

    /** Companies lead, since the programme canvasses them first; farms are many in a farming prefecture. */
    static final Weighted<HostKind> HOST_KIND = Weighted.<HostKind>of()
            .with(HostKind.COMPANY, 28)
            .with(HostKind.FARM, 22)
            .with(HostKind.SOCIAL_WELFARE_CORPORATION, 20)
            .with(HostKind.NPO, 12)
            .with(HostKind.SHOP, 10)
            .with(HostKind.COMMUNITY_CAFE, 8);

    /** Weight of one city, one town, one village as the home of a host of each kind: farms are rural. */
    private static final Map<HostKind, double[]> KIND_WEIGHTS = new EnumMap<>(Map.of(
            HostKind.COMPANY, new double[] {16, 3, 0.5},
            HostKind.FARM, new double[] {2, 3, 3},
            HostKind.SOCIAL_WELFARE_CORPORATION, new double[] {6, 3, 2},
            HostKind.NPO, new double[] {8, 2, 1},
            HostKind.SHOP, new double[] {8, 3, 1},
            HostKind.COMMUNITY_CAFE, new double[] {5, 3, 2}));

    static final double ACTIVELY_ACCEPTING = 0.4;
    static final double HAD_TRIAL_LAST_WEEK = 0.35;
    static final double SECOND_SUPERVISOR = 0.5;
    static final double SUPERVISOR_BELOW_SLOTS = 0.3;
    static final double OPENS_LATER = 0.08;
    /** A pick-up round (送迎) reaches the host's own and neighbouring municipalities. */
    static final double PICK_UP_RADIUS_KM = 20;

    static final Weighted<Integer> TASKS_PER_HOST = Weighted.<Integer>of().with(1, 60).with(2, 30).with(3, 10);
    static final Weighted<Integer> SLOT_DAYS = Weighted.<Integer>of().with(2, 40).with(3, 35).with(4, 15).with(5, 10);
    static final Weighted<Integer> SLOT_HOURS = Weighted.<Integer>of()
            .with(2, 35).with(3, 35).with(4, 18).with(5, 7).with(6, 5);
    static final Weighted<Integer> SLOT_CAPACITY = Weighted.<Integer>of().with(1, 60).with(2, 30).with(3, 10);

    private HostDistributions() {
    }

    static Weighted<MunicipalityFact> municipalityFor(HostKind kind, List<MunicipalityFact> municipalities) {
        double[] weights = KIND_WEIGHTS.get(kind);
        Weighted<MunicipalityFact> choice = Weighted.of();
        for (MunicipalityFact m : municipalities) {
            choice.with(m, weights[m.kind().ordinal()]);
        }
        return choice;
    }

    static double offersPickUp(HostKind kind) {
        return switch (kind) {
            case SOCIAL_WELFARE_CORPORATION -> 0.45;
            case FARM -> 0.30;
            default -> 0.10;
        };
    }

    static double wheelchairAccess(HostKind kind) {
        return switch (kind) {
            case SOCIAL_WELFARE_CORPORATION -> 0.50;
            case COMPANY -> 0.20;
            case NPO, COMMUNITY_CAFE -> 0.15;
            case SHOP -> 0.08;
            case FARM -> 0.03;
        };
    }

    static double flexibleBreaks(HostKind kind) {
        return switch (kind) {
            case FARM, NPO -> 0.60;
            case COMMUNITY_CAFE -> 0.55;
            case SOCIAL_WELFARE_CORPORATION -> 0.55;
            case SHOP -> 0.40;
            case COMPANY -> 0.35;
        };
    }

    static double quietPlace(WorkKind kind) {
        return switch (kind) {
            case DATA_ENTRY, OFFICE_ASSIST, FARMING, GARDENING -> 0.55;
            case MANUFACTURING -> 0.15;
            default -> 0.20;
        };
    }

    static Weighted<WorkKind> workKind(HostKind kind) {
        return WORK_KINDS.get(kind);
    }

    private static final Map<HostKind, Weighted<WorkKind>> WORK_KINDS = new EnumMap<>(Map.of(
            HostKind.COMPANY, Weighted.<WorkKind>of().with(WorkKind.MANUFACTURING, 30).with(WorkKind.LIGHT_WORK, 25)
                    .with(WorkKind.DATA_ENTRY, 15).with(WorkKind.OFFICE_ASSIST, 10).with(WorkKind.CLEANING, 15)
                    .with(WorkKind.KITCHEN_HELP, 5),
            HostKind.FARM, Weighted.<WorkKind>of().with(WorkKind.FARMING, 70).with(WorkKind.LIGHT_WORK, 20)
                    .with(WorkKind.GARDENING, 10),
            HostKind.SOCIAL_WELFARE_CORPORATION, Weighted.<WorkKind>of().with(WorkKind.CARE_ASSIST, 30)
                    .with(WorkKind.CLEANING, 20).with(WorkKind.KITCHEN_HELP, 20).with(WorkKind.LIGHT_WORK, 15)
                    .with(WorkKind.GARDENING, 10).with(WorkKind.OFFICE_ASSIST, 5),
            HostKind.NPO, Weighted.<WorkKind>of().with(WorkKind.OFFICE_ASSIST, 20).with(WorkKind.DATA_ENTRY, 15)
                    .with(WorkKind.LIGHT_WORK, 20).with(WorkKind.GARDENING, 20).with(WorkKind.KITCHEN_HELP, 15)
                    .with(WorkKind.SALES, 10),
            HostKind.SHOP, Weighted.<WorkKind>of().with(WorkKind.SALES, 50).with(WorkKind.LIGHT_WORK, 30)
                    .with(WorkKind.CLEANING, 20),
            HostKind.COMMUNITY_CAFE, Weighted.<WorkKind>of().with(WorkKind.KITCHEN_HELP, 50).with(WorkKind.SALES, 25)
                    .with(WorkKind.CLEANING, 25)));

    static Weighted<PhysicalLoad> physicalLoad(WorkKind kind) {
        int[] lmh = switch (kind) {
            case FARMING -> new int[] {20, 45, 35};
            case LIGHT_WORK -> new int[] {70, 30, 0};
            case CLEANING, GARDENING -> new int[] {30, 60, 10};
            case KITCHEN_HELP, SALES -> new int[] {50, 50, 0};
            case CARE_ASSIST -> new int[] {20, 60, 20};
            case DATA_ENTRY, OFFICE_ASSIST -> new int[] {100, 0, 0};
            case MANUFACTURING -> new int[] {40, 50, 10};
        };
        return Weighted.<PhysicalLoad>of().with(PhysicalLoad.LIGHT, lmh[0]).with(PhysicalLoad.MODERATE, lmh[1])
                .with(PhysicalLoad.HEAVY, lmh[2]);
    }

    static Weighted<CustomerContact> customerContact(HostKind host, WorkKind kind) {
        int[] nsf = switch (kind) {
            case SALES -> new int[] {0, 30, 70};
            case KITCHEN_HELP -> host == HostKind.COMMUNITY_CAFE ? new int[] {30, 50, 20} : new int[] {60, 40, 0};
            case CARE_ASSIST -> new int[] {0, 60, 40};
            case CLEANING -> new int[] {70, 30, 0};
            case FARMING -> new int[] {85, 15, 0};
            case DATA_ENTRY -> new int[] {100, 0, 0};
            case OFFICE_ASSIST, GARDENING -> new int[] {60, 40, 0};
            case MANUFACTURING, LIGHT_WORK -> new int[] {90, 10, 0};
        };
        return Weighted.<CustomerContact>of().with(CustomerContact.NONE, nsf[0])
                .with(CustomerContact.SOME, nsf[1]).with(CustomerContact.FREQUENT, nsf[2]);
    }

    static Weighted<LocalTime> startTime(int hours, boolean farm) {
        Weighted<LocalTime> start = Weighted.<LocalTime>of()
                .with(LocalTime.of(8, 0), farm ? 30 : 8)
                .with(LocalTime.of(9, 0), 55);
        if (hours <= 4) {
            start.with(LocalTime.of(10, 0), 25).with(LocalTime.of(13, 0), 12);
        }
        return start;
    }

    private static final Set<Programme> ALL = EnumSet.noneOf(Programme.class);
    private static final Set<Programme> CERTIFIED = EnumSet.of(Programme.CERTIFIED_TRAINING_EMPLOYED,
            Programme.CERTIFIED_TRAINING_NON_EMPLOYED);
    private static final Set<Programme> FIRST_STEPS = EnumSet.of(Programme.PARTICIPATION, Programme.WORK_READINESS,
            Programme.WORK_EXPERIENCE);
    private static final Set<Programme> FARM_PROGRAMMES = EnumSet.of(Programme.FARM_EXPERIENCE,
            Programme.WORK_EXPERIENCE, Programme.WORK_READINESS);
    private static final Set<Programme> TRAINING = EnumSet.of(Programme.WORK_READINESS, Programme.WORK_EXPERIENCE,
            Programme.CERTIFIED_TRAINING_NON_EMPLOYED);

    /** Programmes a slot accepts; the empty set means all. */
    static Weighted<Set<Programme>> programmes(HostKind kind) {
        return switch (kind) {
            case COMPANY -> Weighted.<Set<Programme>>of().with(ALL, 60).with(CERTIFIED, 20).with(TRAINING, 20);
            case SOCIAL_WELFARE_CORPORATION -> Weighted.<Set<Programme>>of().with(ALL, 55).with(CERTIFIED, 15)
                    .with(FIRST_STEPS, 30);
            case FARM -> Weighted.<Set<Programme>>of().with(ALL, 60).with(FARM_PROGRAMMES, 40);
            case NPO, COMMUNITY_CAFE -> Weighted.<Set<Programme>>of().with(ALL, 50).with(FIRST_STEPS, 50);
            case SHOP -> Weighted.<Set<Programme>>of().with(ALL, 70)
                    .with(EnumSet.of(Programme.WORK_EXPERIENCE, Programme.WORK_READINESS), 30);
        };
    }
}
