package jp.tsunagu.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import jp.tsunagu.platform.InvalidInputException;

/** Checks that codes and ids an input refers to exist in the caller's prefecture. */
@ApplicationScoped
public class RegistryReferences {

    @PersistenceContext
    EntityManager em;

    public void requireAccommodations(String prefectureCode, Collection<String> codes, String field) {
        if (codes.isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>(em.createQuery(
                        "select a.code from Accommodation a where a.prefectureCode = :p", String.class)
                .setParameter("p", prefectureCode).getResultList());
        Set<String> unknown = new TreeSet<>(codes);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(field, "配慮カタログにないコードです: " + String.join(", ", unknown));
        }
    }

    public void requireHosts(String prefectureCode, Collection<Long> hostIds, String field) {
        if (hostIds.isEmpty()) {
            return;
        }
        Set<Long> known = new HashSet<>(em.createQuery(
                        "select h.id from HostOrganisation h where h.prefectureCode = :p and h.id in :ids", Long.class)
                .setParameter("p", prefectureCode).setParameter("ids", hostIds).getResultList());
        Set<Long> unknown = new TreeSet<>(hostIds);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(field, "登録されていない受入事業所です: " + unknown);
        }
    }

    public void requireMunicipality(String prefectureCode, String code, String field) {
        Long found = em.createQuery("select count(m) from Municipality m where m.code = :c and m.prefectureCode = :p",
                Long.class).setParameter("c", code).setParameter("p", prefectureCode).getSingleResult();
        if (found == 0) {
            throw new InvalidInputException(field, "この県の市町村コードではありません: " + code);
        }
    }

    public void requireSlot(String prefectureCode, long slotId, String field) {
        Long found = em.createQuery("select count(s) from TrialSlot s, CarvedOutTask t, HostOrganisation h"
                        + " where s.id = :s and t.id = s.taskId and h.id = t.hostId and h.prefectureCode = :p", Long.class)
                .setParameter("s", slotId).setParameter("p", prefectureCode).getSingleResult();
        if (found == 0) {
            throw new InvalidInputException(field, "登録されていない受入枠です: " + slotId);
        }
    }
}
