package org.plenum.aiwatch.usecases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.WriterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bundled seed of IPU's use cases ({@link UseCaseSeed}) once the application has started, so after the
 * bundled registry (the chambers are matched against it). Like the bundled dataset: the files' SHA-256 (with the
 * loader's version) is recorded in {@code ai_use_case_load}, so a restart reads nothing twice and a changed bundled
 * file is applied once, as changes to the stored use cases (those proposed to Plenum are never touched). The load
 * runs under the writer lock and looks again once it holds it: processes starting together load it once.
 */
@Component
@ConditionalOnWebApplication
class BundledUseCases {

    private static final Logger log = LoggerFactory.getLogger(BundledUseCases.class);
    static final String PART = "ai-use-cases";
    /** Raised when the loader comes to make something different of the same files. */
    private static final String LOADER_VERSION = "1";

    private final JdbcUseCases store;
    private final UseCaseCategories categories;
    private final PublishedRegistry registry;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final WriterLock writerLock;
    private final boolean enabled;

    BundledUseCases(JdbcUseCases store, UseCaseCategories categories, PublishedRegistry registry, JdbcClient jdbc,
                    TransactionTemplate transactions, WriterLock writerLock,
                    @Value("${plenum.load-bundled-dataset:true}") boolean enabled) {
        this.store = store;
        this.categories = categories;
        this.registry = registry;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.writerLock = writerLock;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (enabled) {
            load();
        }
    }

    /** Loads the seed if its files changed since the last load; returns how many use cases it added or changed. */
    int load() {
        String key = key();
        if (loaded(key)) {
            return 0;
        }
        Integer changed = transactions.execute(status -> {
            writerLock.acquire("loading the bundled AI use cases");
            if (loaded(key)) {
                return 0;
            }
            UseCaseSeed.Result seed = UseCaseSeed.read(registry.refresh(), categories, Instant.now());
            seed.warnings().forEach(w -> log.warn("Bundled AI use cases: {}", w));
            int count = 0;
            for (LibraryEntry entry : seed.entries()) {
                if (store.save(entry, "bundled seed")) {
                    count++;
                }
            }
            jdbc.sql("delete from ai_use_case_load where name = ?").param(PART).update();
            jdbc.sql("insert into ai_use_case_load (name, sha256, loaded_at) values (?, ?, ?)")
                    .params(PART, key, Timestamp.from(Instant.now())).update();
            return count;
        });
        log.info("Bundled AI use cases loaded: {} added or changed", changed);
        return changed == null ? 0 : changed;
    }

    private boolean loaded(String key) {
        return jdbc.sql("select sha256 from ai_use_case_load where name = ?").param(PART).query(String.class).list()
                .contains(key);
    }

    static String key() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("loader@" + LOADER_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            for (String file : UseCaseSeed.FILES) {
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update(SeedFiles.bytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
