package jp.tsunagu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    void anEntryAboutOneRecordHashesAsChainsSealedBeforeListAnswersNamedTheirCases() {
        // Values sealed by the earlier canonical form: chains already in a database must still check.
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, null, READ))
                .isEqualTo("3dbcfa88b299d30f9f6f62dd55a1a5283cf7206ad4954ae9a0ce0345802fd387");
        assertThat(AuditChain.hash("ab".repeat(32), 2, 6L, READ, null))
                .isEqualTo("01ced97f143ab6507db08145f68d3b0749f51fbb89baa3c05e89be24e760f908");
    }

    @Test
    void everyCaseOfAListAnswerCounts() {
        Object[] list = READ.clone();
        list[6] = null;
        list[7] = null;
        List<Object[]> cases = List.of(new Object[] {41L, "MT-0001"}, new Object[] {42L, "MT-0002"});
        String sealed = AuditChain.hash(AuditChain.GENESIS, 1, null, list, new AuditChain.Listed(2, cases));

        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, null, list)).as("no cases").isNotEqualTo(sealed);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, null, list, new AuditChain.Listed(2, cases.subList(0, 1))))
                .as("a case taken out").isNotEqualTo(sealed);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, null, list, new AuditChain.Listed(3, cases)))
                .as("the declared count").isNotEqualTo(sealed);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, null, list, new AuditChain.Listed(2,
                List.of(new Object[] {41L, "MT-0001"}, new Object[] {43L, "MT-0002"})))).as("a case id").isNotEqualTo(sealed);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, null, list, new AuditChain.Listed(2,
                List.of(new Object[] {41L, "MT-0001"}, new Object[] {42L, "MT-0003"})))).as("a case code").isNotEqualTo(sealed);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, null, list, new AuditChain.Listed(2,
                List.of(new Object[] {41L, "MT-0001"}, new Object[] {42L, "MT-0002"})))).as("the same cases")
                .isEqualTo(sealed);
    }
}
