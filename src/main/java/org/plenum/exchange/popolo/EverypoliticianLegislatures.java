package org.plenum.exchange.popolo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.csv.CsvFile;
import org.plenum.exchange.csv.CsvLayout;
import org.plenum.exchange.csv.CsvRow;

/**
 * The EveryPolitician legislatures Plenum knows, and the country of each: EveryPolitician's files do not carry an
 * ISO country code, so the country is never guessed from names but looked up, by the legislature's EveryPolitician
 * uuid, in the hand-made list {@code exchange/everypolitician-legislatures.csv}. The list also holds the
 * legislature's Wikidata id, which must agree with the file's when both give one.
 */
final class EverypoliticianLegislatures {

    static final String RESOURCE = "exchange/everypolitician-legislatures.csv";
    private static final CsvLayout LAYOUT = CsvLayout.of(RESOURCE, "everypolitician_uuid", "wikidata",
            "everypolitician_country", "everypolitician_legislature", "country_code");
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}|[A-Z]{4}");

    /** One legislature of the list. */
    record Entry(String uuid, String wikidata, String country, String legislature, String countryCode) {
    }

    private final Map<String, Entry> byUuid;

    private EverypoliticianLegislatures(Map<String, Entry> byUuid) {
        this.byUuid = Map.copyOf(byUuid);
    }

    /** The list bundled with Plenum. */
    static EverypoliticianLegislatures bundled() {
        try (InputStream in = EverypoliticianLegislatures.class.getResourceAsStream("/" + RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + RESOURCE + " is missing");
            }
            return of(CsvFile.parse(new InputFile(RESOURCE, in.readAllBytes())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a list; a malformed list is a programming error, reported with its row. */
    static EverypoliticianLegislatures of(CsvFile file) {
        CsvLayout.recognise(file, java.util.List.of(LAYOUT));
        if (!file.malformedRows().isEmpty()) {
            throw new IllegalStateException(file.malformedRows().get(0).toString());
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (CsvRow row : file.rows()) {
            Entry entry = new Entry(row.get("everypolitician_uuid"), row.get("wikidata"), row.get("everypolitician_country"),
                    row.get("everypolitician_legislature"), row.get("country_code"));
            if (entry.uuid().isEmpty() || !COUNTRY_CODE.matcher(entry.countryCode()).matches()) {
                throw new IllegalStateException(row.source() + ": a legislature needs its uuid and a country code");
            }
            if (entries.put(entry.uuid(), entry) != null) {
                throw new IllegalStateException(row.source() + ": the uuid " + entry.uuid() + " is listed twice");
            }
        }
        return new EverypoliticianLegislatures(entries);
    }

    Optional<Entry> byUuid(String uuid) {
        return Optional.ofNullable(byUuid.get(uuid));
    }
}
