package jp.tsunagu.proposal;

/** What an exclusion names: a slot, a task or a host, by its id. */
public record ExclusionTarget(ExclusionLevel level, long id) {

    public static ExclusionTarget slot(long slotId) {
        return new ExclusionTarget(ExclusionLevel.SLOT, slotId);
    }

    /** The target of the row's level from its three id columns, exactly one of them set. */
    static ExclusionTarget of(ExclusionLevel level, Long slotId, Long taskId, Long hostId) {
        return new ExclusionTarget(level, switch (level) {
            case SLOT -> slotId;
            case TASK -> taskId;
            case HOST -> hostId;
        });
    }

    Long slotId() {
        return level == ExclusionLevel.SLOT ? id : null;
    }

    Long taskId() {
        return level == ExclusionLevel.TASK ? id : null;
    }

    Long hostId() {
        return level == ExclusionLevel.HOST ? id : null;
    }

    /** The JPQL condition on an entity {@code alias} with the three columns, binding {@code :target}. */
    String where(String alias) {
        return alias + "." + switch (level) {
            case SLOT -> "slotId";
            case TASK -> "taskId";
            case HOST -> "hostId";
        } + " = :target";
    }
}
