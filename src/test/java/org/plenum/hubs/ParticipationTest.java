package org.plenum.hubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The participation method on a small membership history worked out by hand (synthetic codes X, Y, Z, V, W; labelled
 * as such: no real history has these cases): joins and leaves inside a year, a parliament in two hubs counted once,
 * a membership counted from its hub's establishment, one that cannot be placed, a member outside the registry.
 */
class ParticipationTest {

    static HubMembership member(String hub, String parliament, String joined, String left) {
        return new HubMembership(0, hub, parliament, HubDate.parse(joined), HubDate.parse(left), "listed",
                "https://example.org/synthetic", "");
    }

    @Test
    void computedByHand() {
        List<HubMembership> memberships = List.of(
                member("a", "X", "2020-05", "2022-03"),   // joins in 2020, leaves in March 2022: counts 2020-2022
                member("a", "Y", "2021", ""),             // Y in hub a from 2021 …
                member("b", "Y", "2020-11-30", ""),       // … and in hub b from 2020: counted once a year
                member("a", "Z", "", ""),                 // no join date: from hub a's establishment (2019)
                member("b", "W", "", ""),                 // no join date, hub b's establishment unknown: not placed
                member("a", "V", "2020", ""));            // not a parliament of the registry: not counted
        Map<String, Optional<HubDate>> established = Map.of("a", HubDate.parse("2019-06"), "b", Optional.empty());
        Set<String> ten = Set.of("X", "Y", "Z", "W", "P1", "P2", "P3", "P4", "P5", "P6");
        Set<String> eight = Set.of("X", "Y", "Z", "W", "P1", "P2", "P3", "P4");
        Map<Integer, ParticipationYear.IpuFigure> ipu = Map.of(2020, new ParticipationYear.IpuFigure(2020, 27,
                "parliaments", "IPU", Optional.empty()));

        List<ParticipationYear> years = Participation.compute(memberships, established, 2019, 2023,
                year -> year == 2023 ? eight : ten, ipu);

        assertThat(years).extracting(ParticipationYear::year).containsExactly(2019, 2020, 2021, 2022, 2023);
        assertThat(years).extracting(ParticipationYear::members).containsExactly(1, 3, 3, 3, 2);
        assertThat(years).extracting(ParticipationYear::parliaments).containsExactly(10, 10, 10, 10, 8);
        assertThat(years).extracting(ParticipationYear::percent).containsExactly(10.0, 30.0, 30.0, 30.0, 25.0);
        assertThat(years.get(0).memberCodes()).containsExactly("Z");
        assertThat(years.get(1).memberCodes()).containsExactly("X", "Y", "Z");
        assertThat(years.get(3).memberCodes()).containsExactly("X", "Y", "Z");
        assertThat(years.get(4).memberCodes()).containsExactly("Y", "Z");
        assertThat(years).allSatisfy(y -> assertThat(y.assumedStart()).isEqualTo(1));
        assertThat(years).allSatisfy(y -> assertThat(y.notPlaced()).isEqualTo(1));
        assertThat(years.get(0).outsideRegistry()).isEmpty();
        assertThat(years.get(1).outsideRegistry()).containsExactly("V");
        assertThat(years.get(1).ipu()).map(ParticipationYear.IpuFigure::percent).contains(27.0);
        assertThat(years.get(2).ipu()).isEmpty();
    }

    @Test
    void aLeaveInTheYearOfJoiningCountsThatYearOnly() {
        List<ParticipationYear> years = Participation.compute(List.of(member("a", "X", "2021-02", "2021-09")),
                Map.of(), 2020, 2022, year -> Set.of("X", "Y"), Map.of());
        assertThat(years).extracting(ParticipationYear::members).containsExactly(0, 1, 0);
        assertThat(years.get(1).percent()).isEqualTo(50.0);
    }

    @Test
    void datesKeepTheirPrecision() {
        assertThat(HubDate.parse("2019")).map(HubDate::toString).contains("2019");
        assertThat(HubDate.parse("2019-10").orElseThrow().lastDay()).hasToString("2019-10-31");
        assertThat(HubDate.parse("2019-03-28").orElseThrow().firstDay()).hasToString("2019-03-28");
        assertThat(HubDate.parse(" ")).isEmpty();
        assertThatThrownBy(() -> HubDate.parse("2019-13")).hasMessageContaining("2019-13");
        assertThatThrownBy(() -> HubDate.parse("28/03/2019")).hasMessageContaining("YYYY, YYYY-MM or YYYY-MM-DD");
    }
}
