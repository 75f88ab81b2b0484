package org.plenum.assessment.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.plenum.assessment.AssessmentException;
import org.plenum.assessment.Framework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scoring frameworks stored in the database (table {@code assessment_framework}): the bundled documents
 * {@code assessment/frameworks/<code>-<version>.json} are loaded at start, each version once; a bundled document that
 * differs from the stored one of the same code and version stops the start with an error naming the file. The
 * frameworks are read once and kept in memory (they are small and never change under a version).
 */
@Component
public class FrameworkCatalogue implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FrameworkCatalogue.class);
    static final String BUNDLED = "classpath*:assessment/frameworks/*.json";

    /** A framework with its document as stored. */
    public record Stored(Framework framework, String document, String source, Instant loadedAt) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AtomicReference<List<Stored>> stored = new AtomicReference<>();

    FrameworkCatalogue(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        loadBundled();
    }

    /** Stores each bundled framework not yet stored; returns how many were added. */
    public int loadBundled() {
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver().getResources(BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the bundled frameworks " + BUNDLED, e);
        }
        Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
        int added = 0;
        for (Resource resource : resources) {
            String name = "assessment/frameworks/" + resource.getFilename();
            String json;
            try {
                json = resource.getContentAsString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled framework " + name, e);
            }
            if (store(json, name)) {
                added++;
            }
        }
        stored.set(null);
        return added;
    }

    /**
     * Stores one framework document read from {@code source} (a file name, named in errors): nothing when the same
     * document is stored; refused when another document is stored under the same code and version.
     *
     * @return whether it was added
     */
    public boolean store(String json, String source) {
        Framework framework = FrameworkDocumentReader.read(json, source);
        String file = source.substring(source.lastIndexOf('/') + 1);
        String expected = framework.code() + "-" + framework.version() + ".json";
        if (source.startsWith("assessment/frameworks/") && !file.equals(expected)) {
            throw new AssessmentException(source + ": the file of framework " + framework.code() + " version "
                    + framework.version() + " must be named " + expected);
        }
        String sha256 = sha256(json);
        Boolean added = transactions.execute(status -> {
            List<String> existing = jdbc.queryForList(
                    "select sha256 from assessment_framework where code = ? and version = ?", String.class,
                    framework.code(), framework.version());
            if (!existing.isEmpty()) {
                if (existing.get(0).equals(sha256)) {
                    return false;
                }
                throw new AssessmentException(source + ": framework " + framework.code() + " version "
                        + framework.version() + " is already stored with a different document; a changed framework "
                        + "is a new version: give it a new \"version\" (and file name)");
            }
            try {
                jdbc.update("insert into assessment_framework (code, version, questionnaire, document, sha256, source, "
                                + "loaded_at) values (?, ?, ?, ?, ?, ?, ?)", framework.code(), framework.version(),
                        framework.questionnaire(), json, sha256, source, Timestamp.from(Instant.now()));
            } catch (DuplicateKeyException e) {
                // another node stored it at the same moment: same document or not, the next start says
                return false;
            }
            return true;
        });
        if (Boolean.TRUE.equals(added)) {
            log.info("Scoring framework {} {} stored from {}", framework.code(), framework.version(), source);
            stored.set(null);
        }
        return Boolean.TRUE.equals(added);
    }

    /** Every stored framework: by code, newest version first. */
    public List<Stored> all() {
        List<Stored> current = stored.get();
        if (current == null) {
            List<Stored> read = new ArrayList<>(jdbc.query(
                    "select document, source, loaded_at from assessment_framework",
                    (rs, n) -> new Stored(FrameworkDocumentReader.read(rs.getString(1), rs.getString(2)),
                            rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant())));
            read.sort(Comparator.comparing((Stored s) -> s.framework().code())
                    .thenComparing((a, b) -> compareVersions(b.framework().version(), a.framework().version())));
            current = List.copyOf(read);
            stored.set(current);
        }
        return current;
    }

    public Optional<Stored> find(String code, String version) {
        return all().stream().filter(s -> s.framework().code().equals(code) && s.framework().version().equals(version))
                .findFirst();
    }

    /** The newest version of {@code code}. */
    public Optional<Stored> newest(String code) {
        return all().stream().filter(s -> s.framework().code().equals(code)).findFirst();
    }

    /** Versions compare part by part, numerically where both parts are numbers: 2024.10 after 2024.9. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d{1,9}") && y[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
