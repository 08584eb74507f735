package jp.tsunagu.matching.travel;

import static jp.tsunagu.matching.fixture.Fixture.AZUMINO;
import static jp.tsunagu.matching.fixture.Fixture.MATSUMOTO;
import static jp.tsunagu.matching.fixture.Fixture.MUNICIPALITIES;
import static jp.tsunagu.matching.fixture.Fixture.NAGANO;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.tsunagu.candidate.TravelMode;
import jp.tsunagu.matching.fixture.Fixture;
import jp.tsunagu.matching.problem.CandidateFact;
import jp.tsunagu.matching.problem.SlotFact;
import jp.tsunagu.matching.problem.TravelOverride;
import org.junit.jupiter.api.Test;

class TravelTimesTest {

    private final TravelTimes travel = TravelTimes.of(MUNICIPALITIES, List.of(), Fixture.settings());

    @Test
    void naganoToMatsumotoByCarAndByBusFollowTheFormula() {
        // 49.8 km straight line: car 49.8 × 1.3 / 40 × 60 = 97; bus 49.8 × 1.4 / 25 × 60 + 20 wait = 187.
        assertThat(travel.minutes(TravelMode.CAR, NAGANO.code(), MATSUMOTO.code())).isEqualTo(97);
        assertThat(travel.minutes(TravelMode.PUBLIC_TRANSPORT, NAGANO.code(), MATSUMOTO.code())).isEqualTo(187);
        assertThat(travel.minutes(TravelMode.CAR, MATSUMOTO.code(), NAGANO.code())).isEqualTo(97);
    }

    @Test
    void aJourneyInsideOneMunicipalityUsesTheIntraMunicipalDistance() {
        // 5 km × 1.3 / 40 × 60 = 9.75 -> 10; by bus 5 × 1.4 / 25 × 60 + 20 = 36.8 -> 37.
        assertThat(travel.minutes(TravelMode.CAR, MATSUMOTO.code(), MATSUMOTO.code())).isEqualTo(10);
        assertThat(travel.minutes(TravelMode.PUBLIC_TRANSPORT, MATSUMOTO.code(), MATSUMOTO.code())).isEqualTo(37);
    }

    @Test
    void aMeasuredOverrideWinsOverTheFormulaInBothDirectionsForItsModeOnly() {
        TravelTimes measured = TravelTimes.of(MUNICIPALITIES,
                List.of(new TravelOverride(TravelMode.PUBLIC_TRANSPORT, NAGANO.code(), MATSUMOTO.code(), 80)),
                Fixture.settings());
        assertThat(measured.minutes(TravelMode.PUBLIC_TRANSPORT, NAGANO.code(), MATSUMOTO.code())).isEqualTo(80);
        assertThat(measured.minutes(TravelMode.PUBLIC_TRANSPORT, MATSUMOTO.code(), NAGANO.code())).isEqualTo(80);
        assertThat(measured.minutes(TravelMode.CAR, NAGANO.code(), MATSUMOTO.code())).isEqualTo(97);
    }

    @Test
    void aMeasuredReverseJourneyIsNotOverwrittenByTheMirror() {
        TravelTimes measured = TravelTimes.of(MUNICIPALITIES, List.of(
                new TravelOverride(TravelMode.CAR, NAGANO.code(), MATSUMOTO.code(), 70),
                new TravelOverride(TravelMode.CAR, MATSUMOTO.code(), NAGANO.code(), 75)), Fixture.settings());
        assertThat(measured.minutes(TravelMode.CAR, NAGANO.code(), MATSUMOTO.code())).isEqualTo(70);
        assertThat(measured.minutes(TravelMode.CAR, MATSUMOTO.code(), NAGANO.code())).isEqualTo(75);
    }

    @Test
    void reachableWithinTheSmallerOfThePersonsAndThePrefecturesLimit() {
        // Matsumoto -> Azumino by bus: 9.4 km -> 52 min.
        CandidateFact patient = Fixture.candidate(1).in(MATSUMOTO).travel(TravelMode.PUBLIC_TRANSPORT, 120).build();
        CandidateFact hurried = Fixture.candidate(2).in(MATSUMOTO).travel(TravelMode.PUBLIC_TRANSPORT, 45).build();
        SlotFact slot = Fixture.slot(1, 1).build();

        Journey patientJourney = travel.journey(patient, slot, AZUMINO.code());
        assertThat(patientJourney.minutes()).isEqualTo(52);
        assertThat(patientJourney.limitMinutes()).isEqualTo(90); // the prefecture's bus limit
        assertThat(patientJourney.reachable()).isTrue();

        Journey hurriedJourney = travel.journey(hurried, slot, AZUMINO.code());
        assertThat(hurriedJourney.reachable()).isFalse();
        assertThat(hurriedJourney.excessMinutes()).isEqualTo(7);
    }

    @Test
    void theHostsPickUpIsTakenWhenShorterThanThePersonsOwnMode() {
        CandidateFact byBus = Fixture.candidate(1).in(MATSUMOTO).travel(TravelMode.PUBLIC_TRANSPORT, 60).build();
        SlotFact withPickUp = Fixture.slot(1, 1).pickUpFrom(MATSUMOTO).build();
        SlotFact pickUpElsewhere = Fixture.slot(2, 1).pickUpFrom(NAGANO).build();

        Journey journey = travel.journey(byBus, withPickUp, AZUMINO.code());
        assertThat(journey.mode()).isEqualTo(TravelMode.PICK_UP);
        assertThat(journey.minutes()).isEqualTo(28); // 18 min drive + 10 min round
        assertThat(travel.journey(byBus, pickUpElsewhere, AZUMINO.code()).mode())
                .isEqualTo(TravelMode.PUBLIC_TRANSPORT);
    }

    @Test
    void theOwnModeIsKeptWhenThePickUpWouldTakeLonger() {
        CandidateFact driver = Fixture.candidate(1).in(MATSUMOTO).travel(TravelMode.CAR, 60).build();
        Journey journey = travel.journey(driver, Fixture.slot(1, 1).pickUpFrom(MATSUMOTO).build(), AZUMINO.code());
        assertThat(journey.mode()).isEqualTo(TravelMode.CAR);
        assertThat(journey.minutes()).isEqualTo(18);
    }

    @Test
    void aPersonWhoNeedsPickUpCanOnlyComeWhenTheHostPicksUpFromTheirMunicipality() {
        CandidateFact needsPickUp = Fixture.candidate(1).in(MATSUMOTO).travel(TravelMode.PICK_UP, 60).build();

        Journey none = travel.journey(needsPickUp, Fixture.slot(1, 1).build(), AZUMINO.code());
        assertThat(none.possible()).isFalse();
        assertThat(none.reachable()).isFalse();
        assertThat(none.excessMinutes()).isPositive();

        Journey pickedUp = travel.journey(needsPickUp, Fixture.slot(2, 1).pickUpFrom(MATSUMOTO).build(), AZUMINO.code());
        assertThat(pickedUp.reachable()).isTrue();
        assertThat(pickedUp.mode()).isEqualTo(TravelMode.PICK_UP);
    }
}
