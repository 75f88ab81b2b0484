package org.plenum.exchange.popolo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plenum.exchange.FormatReader;
import org.plenum.exchange.ImportFormat;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ParsedFile;
import org.plenum.exchange.UnusableFileException;
import org.plenum.exchange.csv.ReaderOutput;
import org.plenum.registry.EntityDeclaration;
import org.plenum.registry.EntityRef;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Format {@code popolo}: one legislature's EveryPolitician Popolo file ({@code ep-popolo-v1.0.json}), optionally
 * with its {@code meta.json}, in either order and under any name (a file with {@code persons} is the Popolo file, a
 * file with {@code uuid} and no {@code persons} the meta.json, which must describe the same legislature).
 *
 * <p>The chamber is found by {@link Legislature}: the country from Plenum's list of EveryPolitician legislatures
 * (the files carry no ISO code, and Plenum does not guess one from names), the chamber from the legislature's type.
 * The country, its parliament and the chamber are declared (nothing else is said of them), so that the
 * memberships' references resolve in any registry. Persons are read by {@link Persons}, memberships by
 * {@link Memberships}; the groups ({@link Groups}) and legislative periods ({@link LegislativePeriods}) they name
 * are read first. Posts, areas, other events and the persons' other members (images, links, contact details,
 * other names) are not imported.
 *
 * <p>Locations: JSON has no rows, so a {@link org.plenum.exchange.RejectedRow} (and a warning) gives as its row the
 * line on which the offending value starts, and as its column the value's JSON pointer (RFC 6901), e.g.
 * {@code ep-popolo-v1.0.json, row 4310, column /memberships/12/end_date}. A fact's source is the file's name and
 * the pointer of the object it was read from, e.g. {@code ep-popolo-v1.0.json /persons/3}. {@code rowsRead} counts
 * the persons and the memberships.
 *
 * <p>Unusable files (nothing is imported): not UTF-8, not well-formed JSON, a member name repeated in an object,
 * no or several Popolo files or meta.json files, {@code persons}, {@code organizations} or {@code memberships}
 * missing or not lists, and every reason {@link Legislature#identify} gives.
 */
@ImportFormat(name = "popolo", arguments = "<ep-popolo-v1.0.json> [<meta.json>]",
        description = "one legislature's EveryPolitician Popolo file: persons and their chamber memberships",
        version = 2) // 2: first_name and family_name from Popolo's given_name and family_name
@Component
public class PopoloReader implements FormatReader {

    private final EverypoliticianLegislatures legislatures;
    private final Clock clock;

    public PopoloReader() {
        this(EverypoliticianLegislatures.bundled(), Clock.systemUTC());
    }

    PopoloReader(EverypoliticianLegislatures legislatures, Clock clock) {
        this.legislatures = legislatures;
        this.clock = clock;
    }

    @Override
    public String format() {
        return "popolo";
    }

    @Override
    public ParsedFile read(List<InputFile> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no file to read");
        }
        JsonDocument popolo = null;
        JsonDocument meta = null;
        for (InputFile file : files) {
            JsonDocument doc = JsonDocument.parse(file);
            if (doc.root().has("persons")) {
                if (popolo != null) {
                    throw new UnusableFileException(file.name(), "a second Popolo file (after " + popolo.file()
                            + "); import one legislature at a time");
                }
                popolo = doc;
            } else if (doc.root().has("uuid")) {
                if (meta != null) {
                    throw new UnusableFileException(file.name(), "a second meta.json (after " + meta.file() + ")");
                }
                meta = doc;
            } else {
                throw new UnusableFileException(file.name(), "neither an EveryPolitician Popolo file (no 'persons') nor "
                        + "its meta.json (no 'uuid')");
            }
        }
        if (popolo == null) {
            throw new UnusableFileException(meta.file(), "a meta.json alone has no members: give the ep-popolo-v1.0.json "
                    + "of the legislature with it");
        }
        checkStructure(popolo);
        Legislature legislature = Legislature.identify(popolo, Optional.ofNullable(meta), legislatures);
        if (Ids.repeated(popolo.root().get("organizations"), "/organizations").containsKey(legislature.id())) {
            throw new UnusableFileException(popolo.file(), "another organization has the legislature's id '"
                    + legislature.id() + "': the memberships' organization_id would be ambiguous");
        }

        ReaderOutput out = new ReaderOutput();
        EntityRef country = EntityRef.country(legislature.countryCode());
        EntityRef parliament = EntityRef.parliament(legislature.countryCode());
        out.declare(EntityDeclaration.of(country));
        out.declare(EntityDeclaration.of(parliament, country));
        out.declare(EntityDeclaration.of(EntityRef.chamber(legislature.chamberCode()), parliament));
        out.countRows(popolo.root().get("persons").size() + popolo.root().get("memberships").size());

        LocalDate today = LocalDate.now(clock);
        IdIndex<String> groups = Groups.read(popolo, legislature, out);
        IdIndex<LegislativePeriods.Period> periods = LegislativePeriods.read(popolo, legislature, out);
        IdIndex<Persons.Person> persons = Persons.read(popolo, today, out);
        Memberships.read(popolo, legislature, persons, groups, periods, out);
        return out.toParsedFile(files.stream().map(InputFile::name).collect(Collectors.joining(", ")));
    }

    private static void checkStructure(JsonDocument popolo) {
        for (String list : List.of("persons", "organizations", "memberships")) {
            JsonNode node = popolo.root().get(list);
            if (node == null || !node.isArray()) {
                throw new UnusableFileException(popolo.file(), "'" + list + "' is " + (node == null ? "missing" : "not a list")
                        + ": not an EveryPolitician Popolo file");
            }
        }
        JsonNode events = popolo.root().get("events");
        if (events != null && !events.isNull() && !events.isArray()) {
            throw new UnusableFileException(popolo.file(), "'events' is not a list");
        }
    }
}
