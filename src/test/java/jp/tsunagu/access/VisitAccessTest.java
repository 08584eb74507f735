package jp.tsunagu.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who arranges visits and accompaniment, who reads them, and whose staff each may book. */
class VisitAccessTest {

    private static final String NAGANO = "20";
    private static final String MATSUMOTO = "202029";
    private static final String NAGANO_CITY = "202011";
    private static final long MATSUMOTO_COUNTER = 7L;
    private static final long HOST = 41L;

    private final AccessPolicy access = new AccessPolicy();
    private final Caller coordinator = new Caller("coordinator", Role.COORDINATOR, NAGANO, null, Set.of(), null);
    private final Caller counter = new Caller("counter-202029", Role.COUNTER, NAGANO, MATSUMOTO_COUNTER, Set.of(MATSUMOTO), null);
    private final Caller employer = new Caller("employer-H0001", Role.EMPLOYER, NAGANO, null, Set.of(), HOST);
    private final Caller otherPrefecture = new Caller("coordinator-13", Role.COORDINATOR, "13", null, Set.of(), null);

    @Test
    void theCoordinatorAndThePersonsCounterArrangeVisits() {
        assertThat(access.mayArrangeVisits(coordinator, NAGANO, NAGANO_CITY)).isTrue();
        assertThat(access.mayArrangeVisits(counter, NAGANO, MATSUMOTO)).isTrue();
        assertThat(access.mayArrangeVisits(counter, NAGANO, NAGANO_CITY)).isFalse();
        assertThat(access.mayArrangeVisits(employer, NAGANO, MATSUMOTO)).isFalse();
        assertThat(access.mayArrangeVisits(otherPrefecture, NAGANO, MATSUMOTO)).isFalse();
    }

    @Test
    void theHostReadsTheVisitsOfItsOwnProposals() {
        assertThat(access.mayReadVisits(employer, NAGANO, MATSUMOTO, HOST)).isTrue();
        assertThat(access.mayReadVisits(employer, NAGANO, MATSUMOTO, HOST + 1)).isFalse();
        assertThat(access.mayReadVisits(coordinator, NAGANO, MATSUMOTO, HOST + 1)).isTrue();
        assertThat(access.mayReadVisits(counter, NAGANO, MATSUMOTO, HOST + 1)).isTrue();
        assertThat(access.mayReadVisits(counter, NAGANO, NAGANO_CITY, HOST)).isFalse();
    }

    @Test
    void aCounterBooksItsOwnStaffAndThePrefecturesTheCoordinatorAnyOfThePrefecture() {
        assertThat(access.mayBookStaff(counter, NAGANO, MATSUMOTO_COUNTER)).isTrue();
        assertThat(access.mayBookStaff(counter, NAGANO, null)).as("a prefectural job coach").isTrue();
        assertThat(access.mayBookStaff(counter, NAGANO, MATSUMOTO_COUNTER + 1)).isFalse();
        assertThat(access.mayBookStaff(coordinator, NAGANO, MATSUMOTO_COUNTER + 1)).isTrue();
        assertThat(access.mayBookStaff(coordinator, NAGANO, null)).isTrue();
        assertThat(access.mayBookStaff(otherPrefecture, NAGANO, null)).isFalse();
        assertThat(access.mayBookStaff(employer, NAGANO, null)).isFalse();
    }
}
