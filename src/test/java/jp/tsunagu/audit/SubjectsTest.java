package jp.tsunagu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A seal or a check step reads a bounded number of cases, however many an entry names. */
class SubjectsTest {

    private static AuditChain.Entry entry(long id, Integer cases) {
        return new AuditChain.Entry(new Object[] {id}, cases);
    }

    @Test
    void entriesAreTakenWhileTheirCasesFitTheLimit() {
        List<AuditChain.Entry> entries = List.of(entry(1, null), entry(2, 600), entry(3, null), entry(4, 500),
                entry(5, 10));
        assertThat(Subjects.entriesWithin(entries, 1000)).isEqualTo(3);
        assertThat(Subjects.entriesWithin(entries, 1100)).isEqualTo(4);
        assertThat(Subjects.entriesWithin(entries, 5000)).isEqualTo(5);
    }

    @Test
    void oneEntryIsTakenEvenWhenItAloneIsOverTheLimit() {
        assertThat(Subjects.entriesWithin(List.of(entry(1, 1000), entry(2, 1)), 50)).isEqualTo(1);
    }

    @Test
    void entriesWithoutCasesAreNeverCut() {
        List<AuditChain.Entry> entries = new ArrayList<>();
        for (long id = 1; id <= 2000; id++) {
            entries.add(entry(id, null));
        }
        assertThat(Subjects.entriesWithin(entries, 1)).isEqualTo(2000);
    }
}
