package org.plenum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.plenum.Plenum;
import org.plenum.exchange.ImportReport;
import org.plenum.exchange.ImportService;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.UnusableFileException;
import org.plenum.registry.InvalidBatchException;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A property-based fuzz of the importers through {@link ImportService}, on a real database holding the bundled dataset:
 * each real file of each format is mutated (bytes flipped, a cell replaced by a hostile value, rows repeated, the file
 * cut short) and imported. Whatever the mutation, the import either runs (its report names no exception) or is refused
 * with one of the documented refusals ({@link UnusableFileException}, {@link InvalidBatchException}) whose message holds
 * no stack trace; no other exception escapes, and a refused import leaves the facts exactly as they were (a digest of
 * every fact row before and after).
 */
class ImportFuzzTest {

    private static ConfigurableApplicationContext app;
    private static ImportService imports;
    private static JdbcTemplate jdbc;

    @BeforeContainer
    static void start() throws IOException {
        Path dataDir = Files.createTempDirectory("plenum-import-fuzz");
        app = SpringApplication.run(Plenum.class, "--server.port=0", "--PLENUM_DATA_DIR=" + dataDir,
                "--plenum.publications.enabled=false", "--spring.main.banner-mode=off");
        imports = app.getBean(ImportService.class);
        jdbc = app.getBean(JdbcTemplate.class);
    }

    @AfterContainer
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** How a real file is spoiled; {@code seed} places the damage. */
    enum Kind { FLIP_BYTES, HOSTILE_CELL, REPEAT_ROWS, TRUNCATE, HOSTILE_CELLS_AND_REPEATS }

    record Mutation(Kind kind, long seed) {
    }

    private static final List<String> HOSTILE = List.of("-1", "-", "0", "999999999999999999999", "1e9", "12.5.3",
            "=HYPERLINK(\"http://evil.example\",\"x\")", "@SUM(A1)", "+cmd|' /C calc'!A0", "", " ", "\"", "\"\"\"",
            "2025-13-45", "NaN", "null", "Ünïcödé ✓", "\u0000", "R".repeat(25_000), "a,b", "line\nbreak", "{\"en\":1}",
            "[]", "{}", "true");

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.longs()).as(Mutation::new);
    }

    @Property(tries = 25)
    void ranking(@ForAll("mutations") Mutation mutation) {
        fuzz("ipu-ranking", mutation, 0, bundled("ipu", "women-ranking-2025-11.csv"));
    }

    @Property(tries = 15)
    void compare(@ForAll("mutations") Mutation mutation) {
        fuzz("ipu-compare", mutation, 0, bundled("ipu", "compare-upper-chambers-women-percent-2020.csv"));
    }

    @Property(tries = 8)
    void historicalWorkbook(@ForAll("mutations") Mutation mutation) {
        fuzz("ipu-historical", mutation, 0, bundled("ipu", "women-in-parliament-historical-1945-2018.xlsx"));
    }

    @Property(tries = 15)
    void popolo(@ForAll("mutations") Mutation mutation) {
        fuzz("popolo", mutation, 0, bundled("everypolitician", "Liechtenstein-Landtag-ep-popolo-v1.0.json"));
    }

    @Property(tries = 12)
    void reference(@ForAll("mutations") Mutation mutation) {
        fuzz("reference", mutation, (int) Math.floorMod(mutation.seed(), 2L), bundled("reference", "country-codes.csv"),
                bundled("reference", "chambers.csv"));
    }

    @Property(tries = 4)
    void parlgov(@ForAll("mutations") Mutation mutation) {
        List<InputFile> tables = new ArrayList<>();
        for (String name : List.of("datacore__Code.csv", "datacore__Country.csv", "parties__Party.csv",
                "parties__PartyFamily.csv", "elections__Election.csv", "elections__ElectionResult.csv")) {
            tables.add(bundled("parlgov", name));
        }
        fuzz("parlgov", mutation, (int) Math.floorMod(mutation.seed(), (long) tables.size()),
                tables.toArray(InputFile[]::new));
    }

    /** Imports the files with file {@code spoiled} mutated; checks the outcome. */
    private static void fuzz(String format, Mutation mutation, int spoiled, InputFile... files) {
        List<InputFile> input = new ArrayList<>(List.of(files));
        InputFile original = input.get(spoiled);
        input.set(spoiled, new InputFile(original.name(), mutate(original.content(), mutation)));
        String before = factsDigest();
        try {
            ImportReport report = imports.importFiles(format, input);
            assertThat(report.render()).doesNotContain("Exception").doesNotContain("\tat ");
        } catch (UnusableFileException e) {
            assertThat(e.getMessage()).doesNotContain("\tat ")
                    .doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Za-z]+Exception");
            assertThat(factsDigest()).as("facts after a refused import").isEqualTo(before);
        } catch (InvalidBatchException e) {
            assertThat(e.problems()).isNotEmpty().noneMatch(p -> p.contains("\tat ") || p.contains("SQL"));
            assertThat(factsDigest()).as("facts after a refused import").isEqualTo(before);
        }
    }

    static byte[] mutate(byte[] content, Mutation mutation) {
        Random random = new Random(mutation.seed());
        return switch (mutation.kind()) {
            case FLIP_BYTES -> {
                byte[] copy = content.clone();
                for (int i = 1 + random.nextInt(6); i > 0; i--) {
                    copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
                }
                yield copy;
            }
            case TRUNCATE -> java.util.Arrays.copyOf(content, random.nextInt(content.length));
            case HOSTILE_CELL -> hostileCells(content, random, 1);
            case REPEAT_ROWS -> repeatRows(content, random);
            case HOSTILE_CELLS_AND_REPEATS -> repeatRows(hostileCells(content, random, 2 + random.nextInt(8)), random);
        };
    }

    /** Replaces the text between two separators ({@code ,} or {@code "} for CSV and JSON) by a hostile value. */
    private static byte[] hostileCells(byte[] content, Random random, int count) {
        if (isZip(content)) {
            return mutate(content, new Mutation(Kind.FLIP_BYTES, random.nextLong()));
        }
        String text = new String(content, StandardCharsets.UTF_8);
        for (int i = 0; i < count; i++) {
            int at = random.nextInt(text.length());
            int start = Math.max(text.lastIndexOf(',', at), text.lastIndexOf('"', at)) + 1;
            int end = indexOfAny(text, at);
            String value = HOSTILE.get(random.nextInt(HOSTILE.size()));
            text = text.substring(0, start) + value + text.substring(Math.max(start, end));
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOfAny(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n') {
                return i;
            }
        }
        return text.length();
    }

    /** Repeats a run of lines (a botched export), or for a workbook flips bytes. */
    private static byte[] repeatRows(byte[] content, Random random) {
        if (isZip(content)) {
            return mutate(content, new Mutation(Kind.FLIP_BYTES, random.nextLong()));
        }
        List<String> lines = new ArrayList<>(List.of(new String(content, StandardCharsets.UTF_8).split("\n", -1)));
        int from = random.nextInt(lines.size());
        int to = Math.min(lines.size(), from + 1 + random.nextInt(20));
        List<String> run = new ArrayList<>(lines.subList(from, to));
        lines.addAll(Math.min(lines.size(), to + random.nextInt(5)), run);
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isZip(byte[] content) {
        return content.length > 2 && content[0] == 'P' && content[1] == 'K';
    }

    /** A digest of every fact row (all columns), and of the entities. */
    static String factsDigest() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            jdbc.query("select * from fact order by 1", rs -> {
                int columns = rs.getMetaData().getColumnCount();
                for (int i = 1; i <= columns; i++) {
                    digest.update(String.valueOf(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
            });
            jdbc.query("select * from entity order by 1", rs -> {
                digest.update(String.valueOf(rs.getObject(1)).getBytes(StandardCharsets.UTF_8));
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputFile bundled(String folder, String name) {
        try (InputStream in = ImportFuzzTest.class.getResourceAsStream("/dataset/" + folder + "/" + name)) {
            return new InputFile(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
