package org.plenum.exchange.parline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The pages a harvest has read so far, kept in the data directory ({@code harvest/<source>/}) until the harvest is
 * written: each page as it came ({@code <n>.json}), and a log {@code progress.tsv} that names a page only once its
 * file is complete ({@code page}, endpoint, number, URL) and an endpoint once it has been read to its end
 * ({@code done}). A harvest that stops (the source failed, the process was killed) resumes from the log: the pages
 * it names are read from the disk, not asked again. Once the data are written the directory is removed.
 */
final class HarvestProgress {

    record SavedPage(String endpoint, int number, URI url, Path file) {
        byte[] body() {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the kept page " + file, e);
            }
        }
    }

    private static final String LOG = "progress.tsv";
    private final Path dir;
    private final Instant startedAt;
    private final boolean resumed;
    private final Map<String, List<SavedPage>> pages = new LinkedHashMap<>();
    private final Map<String, String> done = new LinkedHashMap<>();
    private int files;

    private HarvestProgress(Path dir, Instant startedAt, boolean resumed) {
        this.dir = dir;
        this.startedAt = startedAt;
        this.resumed = resumed;
    }

    /** The progress of harvests of {@code source} under {@code root}: resumed when there is one, else new. */
    static HarvestProgress open(Path root, URI source, boolean restart) {
        Path dir = root.resolve(folderName(source));
        try {
            if (restart) {
                delete(dir);
            }
            Path log = dir.resolve(LOG);
            if (Files.isRegularFile(log)) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                HarvestProgress progress = new HarvestProgress(dir, Instant.parse(lines.get(0).split("\t")[1]), true);
                for (String line : lines.subList(1, lines.size())) {
                    progress.replay(line.split("\t"));
                }
                return progress;
            }
            Files.createDirectories(dir);
            Instant now = Instant.now();
            Files.writeString(log, "started\t" + now + "\t" + source + "\n", StandardCharsets.UTF_8);
            return new HarvestProgress(dir, now, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the harvest's progress in " + dir + ": " + e.getMessage(), e);
        }
    }

    private void replay(String[] cells) {
        if (cells[0].equals("page") && cells.length == 4) {
            int number = Integer.parseInt(cells[2]);
            Path file = dir.resolve(cells[1].replace('/', '_') + "." + number + ".json");
            if (Files.isRegularFile(file)) {
                pages.computeIfAbsent(cells[1], k -> new ArrayList<>()).add(new SavedPage(cells[1], number, URI.create(cells[3]), file));
                files++;
            }
        } else if (cells[0].equals("done") && cells.length >= 2) {
            done.put(cells[1], cells.length >= 3 ? cells[2] : "");
        }
    }

    boolean resumed() {
        return resumed;
    }

    Instant startedAt() {
        return startedAt;
    }

    Path directory() {
        return dir;
    }

    /** How many pages were read from the disk rather than asked again. */
    int keptPages() {
        return files;
    }

    List<SavedPage> pages(String endpoint) {
        return List.copyOf(pages.getOrDefault(endpoint, List.of()));
    }

    boolean done(String endpoint) {
        return done.containsKey(endpoint);
    }

    /** What the source answered for an endpoint it does not serve (empty when it served it). */
    String outcome(String endpoint) {
        return done.getOrDefault(endpoint, "");
    }

    SavedPage save(String endpoint, int number, URI url, byte[] body) {
        Path file = dir.resolve(endpoint.replace('/', '_') + "." + number + ".json");
        try {
            Path partial = dir.resolve(file.getFileName() + ".part");
            Files.write(partial, body);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            log("page\t" + endpoint + "\t" + number + "\t" + url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the page " + url + " in " + dir + ": " + e.getMessage(), e);
        }
        SavedPage page = new SavedPage(endpoint, number, url, file);
        pages.computeIfAbsent(endpoint, k -> new ArrayList<>()).add(page);
        return page;
    }

    void markDone(String endpoint, String outcome) {
        String oneLine = outcome.replaceAll("[\\t\\r\\n]+", " ");
        log("done\t" + endpoint + "\t" + oneLine);
        done.put(endpoint, oneLine);
    }

    /** The harvest is written: its pages are no longer needed. */
    void finish() {
        try {
            delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir + ": " + e.getMessage(), e);
        }
    }

    private void log(String line) {
        try {
            Files.writeString(dir.resolve(LOG), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(LOG) + ": " + e.getMessage(), e);
        }
    }

    /** {@code host_port_path-<hash>}: readable, and distinct for distinct sources. */
    static String folderName(URI source) {
        String readable = (source.getHost() + "_" + (source.getPort() < 0 ? "" : source.getPort()) + source.getPath())
                .replaceAll("[^A-Za-z0-9.-]+", "_");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(source.toString().getBytes(StandardCharsets.UTF_8));
            return (readable.length() > 60 ? readable.substring(0, 60) : readable) + "-" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
