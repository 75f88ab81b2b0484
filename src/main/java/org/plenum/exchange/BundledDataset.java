package org.plenum.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads the real dataset bundled in the jar ({@code dataset/}, see its SOURCES.md) on first start,
 * before the server accepts requests. Each part is recorded with the SHA-256 of its files and of its reader's
 * format and {@link ImportFormat#version() version}, so a restart loads nothing twice, and a newer bundled file or a
 * newer reader is applied (as corrections, recorded then) once. On the first load into an empty database each part
 * is recorded as known from the date its source attests (decision 0030), so {@code known_at} answers for the
 * dates the data cover.
 */
@Component
@Lazy(false) // also in the one-off commands, whose other beans are created when first used
class BundledDataset implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BundledDataset.class);

    /**
     * One import of bundled files, in the order they must be loaded (reference data first).
     *
     * @param knownSince the day from which the part is recorded as known on a first load (decision 0030): the date
     *                   its source attests for the file (see dataset/SOURCES.md), empty where none is attested (the
     *                   part is then recorded when loaded)
     */
    record Part(String format, List<String> resources, Optional<LocalDate> knownSince) {
    }

    /** The IPU historical workbook's own date (its docProps/core.xml, modified 2022-01-11T20:23:49Z). */
    private static final LocalDate HISTORICAL_WORKBOOK = LocalDate.of(2022, 1, 11);

    static final List<Part> PARTS = List.of(
            // The lists every other part names its countries, parliaments and chambers by: recorded with the earliest
            // IPU file, so that each IPU figure can be read with its country from the day it is known.
            new Part("reference", List.of("reference/country-codes.csv", "reference/ipu-regions.csv",
                    "reference/income-groups.csv", "reference/chambers.csv", "reference/population-by-age-sex.csv"),
                    Optional.of(HISTORICAL_WORKBOOK)),
            new Part("ipu-historical", List.of("ipu/women-in-parliament-historical-1945-2018.xlsx"),
                    Optional.of(HISTORICAL_WORKBOOK)),
            // "Date accessed","2025-08-08 11:08:00" in the file
            new Part("ipu-compare", List.of("ipu/compare-upper-chambers-women-percent-2020.csv"),
                    Optional.of(LocalDate.of(2025, 8, 8))),
            // "Date: 2023-04-20" in the file
            new Part("ipu-ranking", List.of("ipu/women-ranking-2023-03.csv"), Optional.of(LocalDate.of(2023, 4, 20))),
            // accessed 2025-12-15 (SOURCES.md); the file states no date
            new Part("ipu-ranking", List.of("ipu/women-ranking-2025-11.csv"), Optional.of(LocalDate.of(2025, 12, 15))),
            // no date attested (data to 2023-06, commit date unknown): recorded when loaded
            new Part("parlgov", List.of("parlgov/datacore__Country.csv", "parlgov/datacore__Code.csv",
                    "parlgov/elections__Election.csv", "parlgov/elections__ElectionResult.csv",
                    "parlgov/parties__Party.csv", "parlgov/parties__PartyFamily.csv"), Optional.empty()),
            // "built 2017 or later", no date in the files: recorded when loaded
            new Part("popolo", List.of("everypolitician/Liechtenstein-Landtag-ep-popolo-v1.0.json",
                    "everypolitician/Liechtenstein-Landtag-meta.json"), Optional.empty()),
            new Part("popolo", List.of("everypolitician/Montenegro-Assembly-ep-popolo-v1.0.json",
                    "everypolitician/Montenegro-Assembly-meta.json"), Optional.empty()));

    private final ImportService imports;
    private final JdbcTemplate jdbc;
    private final BundledLoads loads;
    private final ListableBeanFactory beans;
    private final boolean enabled;

    BundledDataset(@Lazy ImportService imports, JdbcTemplate jdbc, BundledLoads loads,
                   ListableBeanFactory beans, @Value("${plenum.load-bundled-dataset:true}") boolean enabled) {
        this.beans = beans;
        this.imports = imports;
        this.jdbc = jdbc;
        this.loads = loads;
        this.enabled = enabled;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (enabled) {
            loadMissingParts();
        }
    }

    /**
     * Imports each bundled part not yet loaded with the same files and the same reader version; returns the reports
     * of those imported.
     */
    List<ImportReport> loadMissingParts() {
        List<ImportReport> reports = new ArrayList<>();
        // Decided once, before the first part: a database with no facts at all gets the parts dated by their sources.
        boolean firstLoad = Boolean.FALSE.equals(jdbc.queryForObject("select exists (select 1 from fact)", Boolean.class));
        for (Part part : PARTS) {
            List<InputFile> files = part.resources().stream().map(BundledDataset::resource).toList();
            String name = part.format() + ":" + String.join(",", part.resources());
            String key = BundledLoads.key(readerVersion(part.format()), files);
            if (loads.loaded(name, key)) {
                continue;
            }
            Optional<Instant> knownSince = firstLoad
                    ? part.knownSince().map(day -> day.atStartOfDay(ZoneOffset.UTC).toInstant()) : Optional.empty();
            if (reports.isEmpty()) {
                log.info("Loading the bundled dataset (first start, or a newer bundled file)...");
            }
            long start = System.nanoTime();
            // Another process (a second node starting at the same time) may be loading this very part: it is loaded
            // once, under the writer lock.
            Optional<ImportReport> loaded = loads.load(name, key, "loading the bundled dataset (" + part.format() + ")",
                    () -> imports.importFiles(part.format(), files, knownSince));
            if (loaded.isEmpty()) {
                log.info("Bundled dataset {}: loaded meanwhile by another process", part.format());
                continue;
            }
            ImportReport report = loaded.get();
            log.info("Bundled dataset {}: {} rows read, {} facts added, {} changed, {} rejected, {} warnings, in {} ms",
                    part.format(), report.rowsRead(), report.added(), report.changed(), report.rejectedCount(),
                    report.warnings().size(), (System.nanoTime() - start) / 1_000_000);
            reports.add(report);
        }
        return reports;
    }

    static InputFile resource(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        try (InputStream in = BundledDataset.class.getResourceAsStream("/dataset/" + path)) {
            if (in == null) {
                throw new IllegalStateException("bundled dataset file dataset/" + path + " is missing from the jar");
            }
            return new InputFile(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled dataset file " + path, e);
        }
    }

    /**
     * What the part's key includes of its reader: the format and its declared version, e.g. {@code ipu-ranking@1}.
     * Read from the readers' bean definitions: no reader is created for it.
     */
    private String readerVersion(String format) {
        for (String bean : beans.getBeanNamesForType(FormatReader.class, true, false)) {
            ImportFormat declared = beans.findAnnotationOnBean(bean, ImportFormat.class);
            if (declared != null && declared.name().equals(format)) {
                return format + "@" + declared.version();
            }
        }
        throw new IllegalStateException("bundled part of a format no reader declares: " + format);
    }
}
