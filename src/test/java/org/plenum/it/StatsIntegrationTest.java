package org.plenum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenum.stats.RepresentationStatistics;
import org.plenum.stats.WomenRanking;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The statistics end to end: the whole application on a real database with the bundled dataset, the ranking and
 * the averages computed from it and served by the HTTP API. Subclasses choose the database (H2, PostgreSQL).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class StatsIntegrationTest {

    static final String RANKING = "/dataset/ipu/women-ranking-2025-11.csv";
    static final YearMonth NOVEMBER_2025 = YearMonth.of(2025, 11);

    @LocalServerPort
    int port;
    @Autowired
    RepresentationStatistics statistics;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void theNovember2025RankingIsReproducedRowByRowFromItsCounts() {
        List<String> published = IpuRankingTable.rows(RANKING);
        WomenRanking ranking = statistics.womenRanking(NOVEMBER_2025);
        List<String> computed = ranking.rows().stream().map(IpuRankingTable::print).toList();

        assertThat(published).hasSize(193);
        assertThat(computed).containsExactlyElementsOf(published);
    }
}
