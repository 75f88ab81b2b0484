package org.plenum.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.plenum.registry.WriterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the real dataset bundled in the jar ({@code dataset/}, see its SOURCES.md) on first start,
 * before the server accepts requests. Each part is recorded with the SHA-256 of its files, so a
 * restart loads nothing twice, and a newer bundled file is imported (as corrections) once.
 */
@Component
@Lazy(false) // also in the one-off commands, whose other beans are created when first used
class BundledDataset implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BundledDataset.class);

    /** One import of bundled files, in the order they must be loaded (reference data first). */
    record Part(String format, List<String> resources) {
    }

    static final List<Part> PARTS = List.of(
            new Part("reference", List.of("reference/country-codes.csv", "reference/ipu-regions.csv",
                    "reference/income-groups.csv", "reference/chambers.csv", "reference/population-by-age-sex.csv")),
            new Part("ipu-historical", List.of("ipu/women-in-parliament-historical-1945-2018.xlsx")),
            new Part("ipu-compare", List.of("ipu/compare-upper-chambers-women-percent-2020.csv")),
            new Part("ipu-ranking", List.of("ipu/women-ranking-2023-03.csv")),
            new Part("ipu-ranking", List.of("ipu/women-ranking-2025-11.csv")),
            new Part("parlgov", List.of("parlgov/datacore__Country.csv", "parlgov/datacore__Code.csv",
                    "parlgov/elections__Election.csv", "parlgov/elections__ElectionResult.csv",
                    "parlgov/parties__Party.csv", "parlgov/parties__PartyFamily.csv")),
            new Part("popolo", List.of("everypolitician/Liechtenstein-Landtag-ep-popolo-v1.0.json",
                    "everypolitician/Liechtenstein-Landtag-meta.json")),
            new Part("popolo", List.of("everypolitician/Montenegro-Assembly-ep-popolo-v1.0.json",
                    "everypolitician/Montenegro-Assembly-meta.json")));

    private final ImportService imports;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final WriterLock writerLock;
    private final boolean enabled;

    BundledDataset(@Lazy ImportService imports, JdbcTemplate jdbc, TransactionTemplate transactions, WriterLock writerLock,
                   @Value("${plenum.load-bundled-dataset:true}") boolean enabled) {
        this.imports = imports;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.writerLock = writerLock;
        this.enabled = enabled;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (enabled) {
            loadMissingParts();
        }
    }

    /** Imports each bundled part not yet loaded with the same content; returns the reports of those imported. */
    List<ImportReport> loadMissingParts() {
        List<ImportReport> reports = new ArrayList<>();
        for (Part part : PARTS) {
            List<InputFile> files = part.resources().stream().map(BundledDataset::resource).toList();
            String name = part.format() + ":" + String.join(",", part.resources());
            String sha256 = sha256(files);
            if (loaded(name, sha256)) {
                continue;
            }
            if (reports.isEmpty()) {
                log.info("Loading the bundled dataset (first start, or a newer bundled file)...");
            }
            long start = System.nanoTime();
            ImportReport report = transactions.execute(status -> {
                // Another process (a second node starting at the same time) may be loading this very part: wait for
                // it, then look again.
                writerLock.acquire("loading the bundled dataset (" + part.format() + ")");
                if (loaded(name, sha256)) {
                    return null;
                }
                ImportReport r = imports.importFiles(part.format(), files);
                jdbc.update("delete from dataset_load where name = ?", name);
                jdbc.update("insert into dataset_load (name, sha256, loaded_at) values (?, ?, ?)", name, sha256,
                        Timestamp.from(Instant.now()));
                return r;
            });
            if (report == null) {
                log.info("Bundled dataset {}: loaded meanwhile by another process", part.format());
                continue;
            }
            log.info("Bundled dataset {}: {} rows read, {} facts added, {} changed, {} rejected, {} warnings, in {} ms",
                    part.format(), report.rowsRead(), report.added(), report.changed(), report.rejectedCount(),
                    report.warnings().size(), (System.nanoTime() - start) / 1_000_000);
            reports.add(report);
        }
        return reports;
    }

    private boolean loaded(String name, String sha256) {
        return jdbc.queryForList("select sha256 from dataset_load where name = ?", String.class, name).contains(sha256);
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

    private static String sha256(List<InputFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (InputFile file : files) {
                digest.update(file.name().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(file.content());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
