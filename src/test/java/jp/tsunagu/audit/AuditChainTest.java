package jp.tsunagu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The seal of an entry depends on every field, on where each field ends, and on what came before. */
class AuditChainTest {

    private static final Object[] READ = {7L, "1764155352.123", "counter-202029", "COUNTER", "READ", "candidate",
            42L, "MT-0001", "ALLOWED", null};

    @Test
    void theSameEntryGivesTheSameHash() {
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, null, READ)).hasSize(64)
                .isEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, null, READ.clone()));
    }

    @Test
    void everyFieldCounts() {
        String sealed = AuditChain.hash(AuditChain.GENESIS, 1, null, READ);
        for (int i = 0; i < READ.length; i++) {
            Object[] changed = READ.clone();
            changed[i] = changed[i] == null ? "x" : changed[i] + "x";
            assertThat(AuditChain.hash(AuditChain.GENESIS, 1, null, changed)).as("field " + i).isNotEqualTo(sealed);
        }
    }

    @Test
    void fieldBoundariesAndNullsAreNotAmbiguous() {
        Object[] one = READ.clone();
        one[7] = "MT-00";
        one[8] = "01ALLOWED";
        Object[] other = READ.clone();
        other[7] = "MT-0001";
        other[8] = "ALLOWED";
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, null, one))
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, null, other));
        Object[] tilde = READ.clone();
        tilde[9] = "~";
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, null, tilde))
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, null, READ));
    }

    @Test
    void thePlaceInTheChainCounts() {
        String first = AuditChain.hash(AuditChain.GENESIS, 1, null, READ);
        assertThat(AuditChain.hash(first, 2, 6L, READ)).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 2, 6L, READ))
                .isNotEqualTo(AuditChain.hash(first, 3, 6L, READ))
                .isNotEqualTo(AuditChain.hash(first, 2, 5L, READ));
    }
}
