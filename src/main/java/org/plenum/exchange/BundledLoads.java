package org.plenum.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.plenum.registry.WriterLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the bundled loaders ({@link BundledDataset}, {@link BundledSurveys}) have loaded, in the table
 * {@code dataset_load}: each part by name with a key of its reader's version and its files' names and contents, so
 * a part is loaded once, and again when a file or its reader changes. A load runs under the writer lock and looks
 * again once it holds it: processes starting together on one database load each part once.
 */
@Component
class BundledLoads {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final WriterLock writerLock;

    BundledLoads(JdbcTemplate jdbc, TransactionTemplate transactions, WriterLock writerLock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.writerLock = writerLock;
    }

    /** The key of a part: its reader's version, then each file's name and content (SHA-256, hexadecimal). */
    static String key(String readerVersion, List<InputFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((readerVersion + "\n").getBytes(StandardCharsets.UTF_8));
            for (InputFile file : files) {
                digest.update(file.name().getBytes(StandardCharsets.UTF_8));
                digest.update(file.content());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the part {@code name} was loaded with this key. */
    boolean loaded(String name, String key) {
        return jdbc.queryForList("select sha256 from dataset_load where name = ?", String.class, name).contains(key);
    }

    /**
     * Loads the part in one transaction under the writer lock and records it; empty when another process loaded it
     * meanwhile (nothing is done then).
     *
     * @param what what is loaded, for the message shown while another writer holds the lock
     */
    <T> Optional<T> load(String name, String key, String what, Supplier<T> load) {
        return Optional.ofNullable(transactions.execute(status -> {
            writerLock.acquire(what);
            if (loaded(name, key)) {
                return null;
            }
            T result = load.get();
            jdbc.update("delete from dataset_load where name = ?", name);
            jdbc.update("insert into dataset_load (name, sha256, loaded_at) values (?, ?, ?)", name, key,
                    Timestamp.from(Instant.now()));
            return result;
        }));
    }
}
