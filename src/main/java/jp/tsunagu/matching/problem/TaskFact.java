package jp.tsunagu.matching.problem;

import java.util.Set;
import jp.tsunagu.registry.CustomerContact;
import jp.tsunagu.registry.PhysicalLoad;
import jp.tsunagu.registry.WorkKind;

/**
 * A carved-out task (切り出した業務).
 *
 * @param accommodationsOffered accommodation codes this task offers, on top of the site's
 */
public record TaskFact(long id, long hostId, String title, WorkKind workKind, PhysicalLoad physicalLoad,
                       CustomerContact customerContact, Set<String> accommodationsOffered, long supervisorId) {

    public TaskFact {
        accommodationsOffered = Facts.set(accommodationsOffered);
    }
}
