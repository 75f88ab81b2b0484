package org.plenum.exchange.ipu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenum.exchange.ParsedFile;
import org.plenum.exchange.ReaderFixtures;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;
import org.plenum.registry.ValidTime;

/** IPU's ranking of 1 March 2023 (older layout, IPU's names of the time), bundled with the dataset. */
class IpuRanking2023Test {

    private final ParsedFile parsed = new IpuRankingReader().read(List.of(ReaderFixtures.bundled("ipu", "women-ranking-2023-03.csv")));

    @Test
    void everyRowIsReadAndItsFiguresHoldFromTheFirstOfMarch2023() {
        System.out.println("2023 ranking: rejected " + parsed.rejected() + " warnings " + parsed.warnings());
        assertThat(parsed.rejected()).isEmpty();
        assertThat(parsed.facts()).allSatisfy(f -> assertThat(f.validTime().from()).contains(LocalDate.of(2023, 3, 1)));
        // Rwanda: 80 seats, 49 women in the lower chamber; 26 and 9 in the Senate
        assertThat(ReaderFixtures.fact(parsed, EntityType.CHAMBER, "RW-LC01", "current_women_number").value()).isEqualTo(FactValue.of(49));
        assertThat(ReaderFixtures.fact(parsed, EntityType.CHAMBER, "RW-UC02", "current_members_number").value()).isEqualTo(FactValue.of(26));
        // IPU's names of the time are matched: Czech Republic, Türkiye
        assertThat(ReaderFixtures.maybeFact(parsed, EntityType.CHAMBER, "CZ-LC01", "current_members_number")).isPresent();
        assertThat(ReaderFixtures.maybeFact(parsed, EntityType.CHAMBER, "TR-LC01", "current_members_number")).isPresent();
        assertThat(ReaderFixtures.fact(parsed, EntityType.CHAMBER, "CZ-LC01", "current_members_number").validTime())
                .isEqualTo(ValidTime.from(LocalDate.of(2023, 3, 1)));
    }
}
