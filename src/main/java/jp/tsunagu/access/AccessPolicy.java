package jp.tsunagu.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;

/**
 * Each role's access rule, written once. A role that may not use a function at all gets 403; a
 * record outside the caller's scope answers 404, so that its existence is not revealed. Both
 * refusals leave a trace in the audit log.
 */
@ApplicationScoped
public class AccessPolicy {

    @Inject
    AuditLog audit;

    /** The caller's role must be one of {@code roles}. */
    public void requireRole(Caller caller, AuditAction action, String subjectType, Role... roles) {
        if (Arrays.stream(roles).noneMatch(caller::is)) {
            audit.denied(caller, action, subjectType, null, "role " + caller.role() + " may not " + action);
            throw new ForbiddenException("この操作は " + caller.role() + " の権限ではできません。");
        }
    }

    /** A person's record: the coordinator reads all of the prefecture, a counter those of the municipalities it serves. */
    public boolean mayRead(Caller caller, String prefectureCode, String municipalityCode) {
        if (!caller.prefectureCode().equals(prefectureCode)) {
            return false;
        }
        return caller.is(Role.COORDINATOR)
                || caller.is(Role.COUNTER) && caller.servedMunicipalities().contains(municipalityCode);
    }

    /** Only the person's own counter writes; the coordinator reads but does not change a case. */
    public boolean mayWrite(Caller caller, String prefectureCode, String municipalityCode) {
        return caller.prefectureCode().equals(prefectureCode)
                && caller.is(Role.COUNTER) && caller.servedMunicipalities().contains(municipalityCode);
    }

    /** The registry is shared across the prefecture, except that an employer sees only its own organisation. */
    public boolean mayReadHost(Caller caller, String prefectureCode, Long hostId) {
        if (!caller.prefectureCode().equals(prefectureCode)) {
            return false;
        }
        return !caller.is(Role.EMPLOYER) || Objects.equals(caller.hostId(), hostId);
    }

    /** The coordinator keeps the whole registry; an employer manages its own organisation's tasks and slots. */
    public boolean mayManageHost(Caller caller, String prefectureCode, Long hostId) {
        if (!caller.prefectureCode().equals(prefectureCode)) {
            return false;
        }
        return caller.is(Role.COORDINATOR) || caller.is(Role.EMPLOYER) && Objects.equals(caller.hostId(), hostId);
    }

    /**
     * Site visits and accompaniment (見学会・同行) of a proposal: the coordinator schedules them for the
     * whole prefecture, a counter for the people of the municipalities it serves.
     */
    public boolean mayArrangeVisits(Caller caller, String prefectureCode, String municipalityCode) {
        return caller.prefectureCode().equals(prefectureCode)
                && (caller.is(Role.COORDINATOR) || mayWrite(caller, prefectureCode, municipalityCode));
    }

    /** An employer sees the visits of its own organisation's proposals; the others as for the person's case. */
    public boolean mayReadVisits(Caller caller, String prefectureCode, String municipalityCode, Long hostId) {
        if (caller.is(Role.EMPLOYER)) {
            return caller.prefectureCode().equals(prefectureCode) && Objects.equals(caller.hostId(), hostId);
        }
        return mayRead(caller, prefectureCode, municipalityCode);
    }

    /**
     * Accompanying staff (of a counter, or of the prefecture when {@code staffCounterId} is null): the
     * coordinator books and registers any of the prefecture's; a counter its own and the prefecture's,
     * and registers only its own.
     */
    public boolean mayBookStaff(Caller caller, String prefectureCode, Long staffCounterId) {
        if (!caller.prefectureCode().equals(prefectureCode)) {
            return false;
        }
        return caller.is(Role.COORDINATOR)
                || caller.is(Role.COUNTER) && (staffCounterId == null || staffCounterId.equals(caller.counterId()));
    }

    /** Records the refusal and answers as if the record did not exist. */
    public NotFoundException outOfScope(Caller caller, AuditAction action, String subjectType, Long subjectId) {
        audit.denied(caller, action, subjectType, subjectId, "outside the caller's scope");
        return notFound(subjectType, subjectId);
    }

    public static NotFoundException notFound(String subjectType, Long subjectId) {
        return new NotFoundException(notFoundMessage(subjectType, subjectId));
    }

    static String notFoundMessage(String subjectType, Long subjectId) {
        return inJapanese(subjectType) + "（番号 " + subjectId + "）は見つかりません。";
    }

    /** The record's name as a user reads it: the audit trail keeps the code, the answer says the word. */
    static String inJapanese(String subjectType) {
        return SUBJECT_NAMES.getOrDefault(subjectType, "記録");
    }

    private static final Map<String, String> SUBJECT_NAMES = Map.ofEntries(
            Map.entry("candidate", "支援対象者"),
            Map.entry("host", "受入事業所"),
            Map.entry("task", "仕事"),
            Map.entry("slot", "受入枠"),
            Map.entry("proposal", "提案"),
            Map.entry("round", "マッチングの回"),
            Map.entry("placement", "受入（就労体験・中間的就労）"),
            Map.entry("follow-up", "フォローアップ"),
            Map.entry("step-suggestion", "ステップアップの提案"),
            Map.entry("booking", "見学・同行の予定"),
            Map.entry("support_staff", "支援員"),
            Map.entry("exclusion", "除外"),
            Map.entry("exclusion-request", "除外の依頼"),
            Map.entry("notification", "お知らせ"));
}
