package org.plenum.assessment.published;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.plenum.assessment.AssessmentException;
import org.plenum.registry.WriterLock;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * IPU's published e-Parliament figures ({@code dataset/eparliament/}, see its SOURCES.md), stored at start in table
 * {@code published_figure} (idempotent: a row is keyed by file and row; a changed file replaces its rows). The DMI
 * scores' country names are mapped to Plenum's country codes through IPU's names in {@code reference/ipu-regions.csv};
 * a name not found stops the start with an error naming file, row and column.
 */
@Service
public class PublishedFigures implements SmartInitializingSingleton {

    static final String FIGURES = "eparliament/wepr-2024-published-figures.csv";
    static final String DMI_SCORES = "eparliament/dmi-2024-published-scores-africa.csv";
    static final String DMI_URL = "https://lbnntv.com/top-10-african-countries-with-the-most-digitally-advanced-parliaments";
    static final String DMI_SOURCE = "LBNN, quoting IPU's World e-Parliament Report 2024: " + DMI_URL;
    private static final String BURUNDI_NOTE = "Burundi appears twice in the source: its two chambers (the National "
            + "Assembly and the Senate); the source does not say which score is which chamber's.";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final WriterLock writerLock;
    private final AtomicReference<List<PublishedFigure>> cached = new AtomicReference<>();

    PublishedFigures(JdbcTemplate jdbc, TransactionTemplate transactions, WriterLock writerLock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.writerLock = writerLock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        load();
    }

    /**
     * Stores the bundled figures where they differ from what is stored; returns how many rows were written. Under the
     * writer lock, so that processes starting together on an empty database write each row once.
     */
    public int load() {
        List<PublishedFigure> figures = new ArrayList<>(readFigures());
        figures.addAll(readDmiScores(countryCodes()));
        if (stored().containsAll(figures)) {
            return 0;
        }
        Integer written = transactions.execute(status -> {
            writerLock.acquire("loading IPU's published figures");
            Set<PublishedFigure> stored = stored();
            int count = 0;
            for (PublishedFigure f : figures) {
                if (stored.contains(f)) {
                    continue;
                }
                jdbc.update("delete from published_figure where dataset = ? and file_row = ?", f.dataset(), f.row());
                jdbc.update("insert into published_figure (dataset, file_row, publisher, indicator, figure_value, unit, subject, "
                                + "country, global_rank, regional_rank, edition, source, source_url, note, loaded_at) "
                                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        f.dataset(), f.row(), f.publisher(), f.indicator(), f.value(), f.unit(), f.subject(),
                        f.country().orElse(null), f.globalRank().isPresent() ? f.globalRank().getAsInt() : null,
                        f.regionalRank().isPresent() ? f.regionalRank().getAsInt() : null, f.edition(), f.source(),
                        f.sourceUrl().orElse(null), f.note().orElse(null), Timestamp.from(Instant.now()));
                count++;
            }
            return count;
        });
        cached.set(null);
        return written == null ? 0 : written;
    }

    private Set<PublishedFigure> stored() {
        return Set.copyOf(jdbc.query("select * from published_figure", PublishedFigures::figure));
    }

    /** Every stored figure: the report's headline figures, then the DMI scores by global rank. */
    public List<PublishedFigure> all() {
        List<PublishedFigure> current = cached.get();
        if (current == null) {
            current = List.copyOf(jdbc.query("select * from published_figure order by dataset desc, file_row",
                    PublishedFigures::figure));
            cached.set(current);
        }
        return current;
    }

    /** The published Digital Maturity Index scores (by global rank). */
    public List<PublishedFigure> dmiScores() {
        return all().stream().filter(f -> f.indicator().equals("digital_maturity_index")).toList();
    }

    /** The report's headline figures (shares and counts). */
    public List<PublishedFigure> headlines() {
        return all().stream().filter(f -> !f.indicator().equals("digital_maturity_index")).toList();
    }

    private static PublishedFigure figure(ResultSet rs, int n) throws SQLException {
        int global = rs.getInt("global_rank");
        boolean noGlobal = rs.wasNull();
        int regional = rs.getInt("regional_rank");
        boolean noRegional = rs.wasNull();
        return new PublishedFigure(rs.getString("dataset"), rs.getInt("file_row"), rs.getString("publisher"),
                rs.getString("indicator"), rs.getDouble("figure_value"), rs.getString("unit"), rs.getString("subject"),
                Optional.ofNullable(rs.getString("country")), noGlobal ? OptionalInt.empty() : OptionalInt.of(global),
                noRegional ? OptionalInt.empty() : OptionalInt.of(regional), rs.getString("edition"),
                rs.getString("source"), Optional.ofNullable(rs.getString("source_url")),
                Optional.ofNullable(rs.getString("note")));
    }

    static List<PublishedFigure> readFigures() {
        List<PublishedFigure> figures = new ArrayList<>();
        List<Map<String, String>> rows = rows(FIGURES, List.of("indicator", "value", "unit", "population", "source_url"));
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String source = row.get("source_url");
            Optional<String> url = source.startsWith("https://") || source.startsWith("http://")
                    ? Optional.of(source) : Optional.empty();
            figures.add(new PublishedFigure(FIGURES, i + 1, "IPU", required(FIGURES, i, row, "indicator"),
                    number(FIGURES, i, row, "value"), required(FIGURES, i, row, "unit"),
                    required(FIGURES, i, row, "population"), Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
                    "2024", source, url, Optional.empty()));
        }
        return figures;
    }

    static List<PublishedFigure> readDmiScores(Map<String, String> codes) {
        List<PublishedFigure> figures = new ArrayList<>();
        List<Map<String, String>> rows = rows(DMI_SCORES, List.of("african_rank", "global_rank", "country",
                "digital_maturity_index"));
        Map<String, Integer> seen = new HashMap<>();
        for (Map<String, String> row : rows) {
            seen.merge(row.get("country"), 1, Integer::sum);
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String name = required(DMI_SCORES, i, row, "country");
            String code = codes.get(name.toLowerCase(Locale.ROOT));
            if (code == null) {
                problems.add(DMI_SCORES + ", row " + (i + 2) + ", column country: \"" + name
                        + "\" is not an IPU country name of reference/ipu-regions.csv");
                continue;
            }
            figures.add(new PublishedFigure(DMI_SCORES, i + 1, "IPU", "digital_maturity_index",
                    number(DMI_SCORES, i, row, "digital_maturity_index"), "score 1-10", name, Optional.of(code),
                    OptionalInt.of((int) number(DMI_SCORES, i, row, "global_rank")),
                    OptionalInt.of((int) number(DMI_SCORES, i, row, "african_rank")), "2024", DMI_SOURCE,
                    Optional.of(DMI_URL), seen.get(name) > 1 && code.equals("BI") ? Optional.of(BURUNDI_NOTE)
                    : seen.get(name) > 1 ? Optional.of(name + " appears more than once in the source: several chambers, "
                    + "not said which.") : Optional.empty()));
        }
        if (!problems.isEmpty()) {
            throw new AssessmentException(String.join("; ", problems), problems);
        }
        return figures;
    }

    /** IPU's country names (lower case) to ISO alpha-2 codes, from {@code dataset/reference/ipu-regions.csv}. */
    static Map<String, String> countryCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (Map<String, String> row : rows("reference/ipu-regions.csv", List.of("iso2", "country_ipu_name"))) {
            codes.put(row.get("country_ipu_name").toLowerCase(Locale.ROOT), row.get("iso2"));
        }
        return codes;
    }

    private static List<Map<String, String>> rows(String file, List<String> columns) {
        try (InputStream in = PublishedFigures.class.getResourceAsStream("/dataset/" + file)) {
            if (in == null) {
                throw new AssessmentException("bundled file dataset/" + file + " is missing from the jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            CsvMapper csv = CsvMapper.builder().build();
            List<Map<String, String>> rows = new ArrayList<>();
            try (MappingIterator<Map<String, String>> it = csv.readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
                while (it.hasNext()) {
                    rows.add(it.next());
                }
            }
            if (!rows.isEmpty()) {
                for (String column : columns) {
                    if (!rows.get(0).containsKey(column)) {
                        throw new AssessmentException("dataset/" + file + ", row 1: no column " + column);
                    }
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dataset/" + file, e);
        }
    }

    private static String required(String file, int index, Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new AssessmentException("dataset/" + file + ", row " + (index + 2) + ", column " + column + ": empty");
        }
        return value.strip();
    }

    private static double number(String file, int index, Map<String, String> row, String column) {
        String value = required(file, index, row, column);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new AssessmentException("dataset/" + file + ", row " + (index + 2) + ", column " + column
                    + ": not a number (\"" + value + "\")");
        }
    }
}
