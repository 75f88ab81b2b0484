package org.plenum.exchange.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.plenum.registry.DataPublished;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bulk downloads of a server: built into {@code ${plenum.data-dir}/bulk} after each data publication (the
 * {@link DataPublished} event of this process, and the publication sequence checked every
 * {@code plenum.snapshot-poll-interval} for those of other processes), on one background thread, never on a
 * request. Each build writes {@code plenum-bulk-pN.zip} and {@code plenum-bulk-pN.jsonl.gz} to temporary files,
 * moves them into place, then writes {@code plenum-bulk-pN.json} (what the build holds): a build exists once that
 * last file does. The newest {@code plenum.bulk.keep} builds are kept, older ones deleted after a newer one is
 * complete. Also writes a build to any folder for {@code plenum export bulk --out=DIR}.
 */
@Service
public class BulkDownloads implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BulkDownloads.class);
    private static final Pattern BUILD = Pattern.compile("plenum-bulk-p([0-9]{1,18})\\.json");

    private final PublishedRegistry registry;
    private final FieldCatalogue catalogue;
    private final BulkTexts texts;
    private final JsonMapper json;
    private final Path directory;
    private final int keep;
    private final boolean enabled;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "plenum-bulk");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean serving;
    /** The publication of the newest complete build, -1 before the first is known. */
    private volatile long built = -1;

    BulkDownloads(PublishedRegistry registry, FieldCatalogue catalogue, BulkTexts texts, JsonMapper json,
                  @Value("${plenum.data-dir}") Path dataDir, @Value("${plenum.bulk.keep:3}") int keep,
                  @Value("${plenum.bulk.enabled:true}") boolean enabled) {
        this.registry = registry;
        this.catalogue = catalogue;
        this.texts = texts;
        this.json = json;
        this.directory = dataDir.resolve("bulk");
        this.keep = Math.max(1, keep);
        this.enabled = enabled;
    }

    /** The builds on disk, newest first. */
    public List<BulkBuild> builds() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<BulkBuild> builds = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "plenum-bulk-p*.json")) {
            for (Path file : files) {
                if (BUILD.matcher(file.getFileName().toString()).matches()) {
                    try {
                        builds.add(json.readValue(file.toFile(), BulkBuild.class));
                    } catch (RuntimeException e) {
                        log.warn("Bulk download: cannot read {}: {}", file, e.getMessage());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        builds.sort(Comparator.comparingLong(BulkBuild::publication).reversed());
        return List.copyOf(builds);
    }

    /** The newest build, empty before the first one is complete. */
    public Optional<BulkBuild> latest() {
        List<BulkBuild> builds = builds();
        return builds.isEmpty() ? Optional.empty() : Optional.of(builds.get(0));
    }

    /** A file of a kept build by its name ({@code plenum-bulk-p42.zip}), empty when there is no such file. */
    public Optional<Path> file(String name) {
        return builds().stream().flatMap(b -> b.files().stream()).map(BulkBuild.File::name)
                .filter(name::equals).findFirst().map(directory::resolve).filter(Files::isRegularFile);
    }

    /** The line to cite a build by (its publication, date and numbered address). */
    public String citation(BulkBuild build) {
        return texts.citation(build.publication(), build.publishedAt());
    }

    /** Whether a build of a newer publication than the latest complete one is under way or waiting. */
    public boolean building() {
        return pending.get();
    }

    /** A server builds; a one-off command does not (the server it shares the database with will). */
    @EventListener(WebServerInitializedEvent.class)
    void onServerStarted() {
        serving = true;
        requestBuild();
    }

    @TransactionalEventListener
    void onDataPublished(DataPublished event) {
        requestBuild();
    }

    /** Publications made by other processes or nodes reach this one's snapshot by polling; so does the build. */
    @Scheduled(fixedDelayString = "${plenum.bulk.check-interval:${plenum.snapshot-poll-interval}}",
            initialDelayString = "${plenum.bulk.check-interval:${plenum.snapshot-poll-interval}}")
    void check() {
        if (serving && built != registry.current().publication()) {
            requestBuild();
        }
    }

    /** Queues a build of the current publication unless one is already waiting. */
    void requestBuild() {
        if (!enabled || !serving || !pending.compareAndSet(false, true)) {
            return;
        }
        builder.execute(() -> {
            pending.set(false);
            try {
                Snapshot snapshot = registry.refresh();
                built = latest().map(BulkBuild::publication).orElse(-1L);
                if (built == snapshot.publication()) {
                    return;
                }
                BulkBuild build = write(snapshot, directory);
                built = build.publication();
                log.info("Bulk download of data publication {} built in {} ms ({} ms CPU): {} ({} bytes), {} ({} bytes)",
                        build.publication(), build.buildMillis(), build.cpuMillis(), build.files().get(0).name(), build.files().get(0).bytes(),
                        build.files().get(1).name(), build.files().get(1).bytes());
                prune();
            } catch (RuntimeException e) {
                log.error("Bulk download: the build failed, the previous one is still served: {}", e.getMessage(), e);
            }
        });
    }

    /**
     * Writes a build of the snapshot into {@code folder}: each file to a temporary file first, moved into place
     * when complete; the description ({@code plenum-bulk-pN.json}) last.
     */
    public BulkBuild write(Snapshot snapshot, Path folder) {
        long start = System.nanoTime();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        try {
            Files.createDirectories(folder);
            long publication = snapshot.publication();
            BulkWriter writer = new BulkWriter(snapshot, catalogue, texts, json);
            String zipName = BulkBuild.zipName(publication);
            String linesName = BulkBuild.jsonLinesName(publication);
            Path zipPart = Files.createTempFile(folder, "." + zipName, ".part");
            Path linesPart = Files.createTempFile(folder, "." + linesName, ".part");
            try {
                List<BulkEntry> entries;
                BulkBuild.File zip;
                try (OutputStream file = Files.newOutputStream(zipPart);
                     CountingDigestStream out = new CountingDigestStream(new java.io.BufferedOutputStream(file, 1 << 16))) {
                    entries = writer.writeZip(out);
                    zip = new BulkBuild.File(zipName, "zip", out.count(), out.sha256());
                }
                BulkBuild.File lines;
                try (OutputStream file = Files.newOutputStream(linesPart)) {
                    CountingDigestStream out = new CountingDigestStream(new java.io.BufferedOutputStream(file, 1 << 16));
                    try (GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16)) {
                        writer.writeJsonLines(gzip);
                    }
                    out.flush();
                    lines = new BulkBuild.File(linesName, "jsonl.gz", out.count(), out.sha256());
                }
                move(zipPart, folder.resolve(zipName));
                move(linesPart, folder.resolve(linesName));
                BulkBuild build = new BulkBuild(publication, snapshot.publishedAt(), Instant.now(clock),
                        (System.nanoTime() - start) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000,
                        List.of(zip, lines), entries);
                Path describedPart = Files.createTempFile(folder, ".plenum-bulk-p" + publication + ".json", ".part");
                try {
                    Files.write(describedPart, json.writeValueAsBytes(build));
                    move(describedPart, folder.resolve("plenum-bulk-p" + publication + ".json"));
                } finally {
                    Files.deleteIfExists(describedPart);
                }
                return build;
            } finally {
                Files.deleteIfExists(zipPart);
                Files.deleteIfExists(linesPart);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bulk download to " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the builds older than the newest {@code keep}, description first (so none is listed half-deleted). */
    private void prune() {
        List<BulkBuild> builds = builds();
        for (BulkBuild old : builds.subList(Math.min(keep, builds.size()), builds.size())) {
            try {
                Files.deleteIfExists(directory.resolve("plenum-bulk-p" + old.publication() + ".json"));
                for (BulkBuild.File file : old.files()) {
                    Files.deleteIfExists(directory.resolve(file.name()));
                }
            } catch (IOException e) {
                log.warn("Bulk download: cannot delete the build of publication {}: {}", old.publication(), e.getMessage());
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void destroy() {
        builder.shutdownNow();
    }
}
