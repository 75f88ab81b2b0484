package org.plenum.exchange.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The texts that go with the bulk download: its README (layout, citation, licences) and the dataset's sources. */
@Component
class BulkTexts {

    /** The licence of the IPU data, most of what the bulk download holds (see SOURCES.md for each source's). */
    static final String LICENCE = "IPU data: CC BY-NC-SA 4.0 (Inter-Parliamentary Union); other sources as listed in "
            + "SOURCES.md (ParlGov CC0 1.0, country codes PDDL, World Bank CC BY 4.0, UN WPP CC BY 3.0 IGO, "
            + "CIA World Factbook public domain, EveryPolitician not confirmed)";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final String publicUrl;

    BulkTexts(@Value("${plenum.public-url:http://localhost:8080}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Where a numbered file is served, for as long as it is kept. */
    String url(String fileName) {
        return publicUrl + BulkController.BASE + "/" + fileName;
    }

    /** A line to cite this version by. */
    String citation(long publication, Instant publishedAt) {
        return "Plenum bulk download, data publication " + publication + " of " + DAY.format(publishedAt) + " ("
                + publishedAt + "), " + url(BulkBuild.zipName(publication))
                + ". Data: Inter-Parliamentary Union (IPU Parline) and the sources in SOURCES.md.";
    }

    String readme(long publication, Instant publishedAt) {
        return """
                Plenum bulk download — data publication %d (%s)
                ================================================

                Everything this Plenum had published up to data publication %d: every entity and every value with its
                full history, superseded values included.

                Cite as:
                  %s

                Files
                -----
                  README.txt               this text
                  SOURCES.md               the bundled dataset's sources, dates and licences
                  data-dictionary.csv      the field catalogue: entity type, field, data type, unit, precision,
                                           taxonomy, series kind, update frequency, computed (and formula),
                                           English and French label and definition
                  taxonomy-terms.csv       the terms of each taxonomy (values of taxonomy fields) with labels
                  entities/<type>.csv      one per entity type (countries, parliaments, chambers, elections,
                                           election_results, political_parties, people, specialized_bodies):
                                           code, parent_type, parent_code, recorded_at
                  facts/<type>.csv         every fact of that entity type, one row each: entity_code, field, value,
                                           missing_reason, valid_from, valid_to, note, source, recorded_at,
                                           superseded_at, fact_id
                  manifest.csv             every other file with its data rows (header not counted), size in
                                           bytes and SHA-256

                The same data as JSON Lines: %s (one object per line; "record" is bulk, field, entity or fact).

                Reading the facts
                -----------------
                  value / missing_reason   exactly one is filled: a value, or why there is none ("No information
                                           available", "Not applicable")
                  valid_from, valid_to     valid time: when the value was true in the world (ISO dates). Empty
                                           valid_from: since always. Empty valid_to: until the next value of the same
                                           field starts, or still true when there is none.
                  recorded_at              record time: when Plenum learned it (UTC)
                  superseded_at            when a correction replaced it (UTC); empty for a value still current.
                                           To reproduce what was published at time T, keep the rows with
                                           recorded_at <= T and (superseded_at empty or > T).
                  source                   the dataset file and row, or who submitted the value
                  note                     the source's annotation
                Values are in their canonical text form: numbers plain, dates ISO 8601 (2024-07 for a month),
                translated text as a JSON object {"en":..,"fr":..}, taxonomy terms by id, booleans true/false.
                Computed fields (e.g. current_women_percent) are not stored: data-dictionary.csv gives their formula.

                CSV: RFC 4180, UTF-8 without a byte order mark, CRLF line ends, a cell quoted only when it must be.
                Text that a spreadsheet would run as a formula (starting with =, +, -, @ and not a number) is
                prefixed with a single quote, as in every Plenum CSV export; the JSON Lines file keeps it as recorded.

                Licence
                -------
                %s.
                Attribute the Inter-Parliamentary Union as the source of the IPU data.
                """.formatted(publication, publishedAt, publication, citation(publication, publishedAt),
                BulkBuild.jsonLinesName(publication), LICENCE);
    }

    /** The bundled dataset's SOURCES.md. */
    String sources() {
        try (InputStream in = BulkTexts.class.getResourceAsStream("/dataset/SOURCES.md")) {
            if (in == null) {
                throw new IllegalStateException("dataset/SOURCES.md is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
