package org.plenum.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.plenum.stats.MonthRange;
import org.plenum.stats.RepresentationStatistics;
import org.plenum.stats.WomenRanking;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./mvnw verify}; {@code bench/ranking.sh} runs it): every
 * monthly women ranking and its averages, from the first month with data to the current one, computed cold (a new
 * {@link RepresentationStatistics}, so no month table is cached) in one process on the bundled dataset, several
 * rounds. Prints the median and minimum time of a round and the heap the month tables hold; writes the same to
 * {@code target/bench-ranking.txt}. The only assertion is that every month was computed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class RankingBenchmark {

    private static final int ROUNDS = Integer.getInteger("plenum.bench.rounds", 7);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) throws IOException {
        Path dataDir = Files.createTempDirectory("plenum-bench-ranking");
        properties.add("PLENUM_DATA_DIR", dataDir::toString);
    }

    @Autowired
    PublishedRegistry registry;
    @Autowired
    FieldCatalogue catalogue;

    @Test
    void everyMonthlyRankingAndItsAverages() throws IOException {
        Snapshot snapshot = registry.current();
        MonthRange range = new RepresentationStatistics(registry, catalogue).months(snapshot, EntityRecord.LATEST).orElseThrow();
        List<YearMonth> months = range.months();
        List<Double> seconds = new ArrayList<>();
        long rows = 0;
        for (int round = 0; round < ROUNDS; round++) {
            RepresentationStatistics statistics = new RepresentationStatistics(registry, catalogue);
            long start = System.nanoTime();
            rows = 0;
            for (YearMonth month : months) {
                WomenRanking ranking = statistics.womenRanking(snapshot, month, EntityRecord.LATEST);
                statistics.womenAverages(snapshot, month, EntityRecord.LATEST);
                rows += ranking.rows().size();
            }
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        long heapBefore = usedHeapAfterGc();
        RepresentationStatistics kept = new RepresentationStatistics(registry, catalogue);
        months.forEach(month -> kept.womenRanking(snapshot, month, EntityRecord.LATEST));
        long heapAfter = usedHeapAfterGc();

        List<Double> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        String report = String.format(java.util.Locale.ROOT,
                "Every monthly ranking and averages, %s (%d months, %d ranking rows), cold, %d rounds:%n"
                        + "  median %.3f s, min %.3f s, max %.3f s; rounds: %s%n"
                        + "  heap held by the month tables of every month: %.1f MB (used heap after GC %.1f MB -> %.1f MB)%n"
                        + "  %d CPUs, %s %s, max heap %.0f MB%n",
                range, months.size(), rows, ROUNDS, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1),
                seconds.stream().map(s -> String.format(java.util.Locale.ROOT, "%.3f", s)).toList(),
                (heapAfter - heapBefore) / 1e6, heapBefore / 1e6, heapAfter / 1e6,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / 1e6);
        System.out.print(report);
        Files.writeString(Path.of("target", "bench-ranking.txt"), report);
        assertThat(months).hasSizeGreaterThan(900);
        assertThat(kept.womenRanking(snapshot, range.last(), EntityRecord.LATEST).rows()).isNotEmpty();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
