package org.plenum.exchange.popolo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.plenum.exchange.UnusableFileException;
import tools.jackson.databind.JsonNode;

/**
 * The legislature a Popolo file describes (its one organization of classification {@code legislature}), and the
 * Plenum chamber it is: the country from {@link EverypoliticianLegislatures}, the chamber from the legislature's
 * type ({@code unicameral legislature} and {@code lower house}: {@code {CC}-LC01}; {@code upper house}:
 * {@code {CC}-UC02}).
 *
 * @param id          the organization's id (EveryPolitician's uuid of the legislature)
 * @param pointer     the organization's JSON pointer, e.g. {@code /organizations/3}
 * @param seats       the number of seats the file or its meta.json gives
 */
record Legislature(String id, String name, String pointer, String countryCode, String chamberCode, OptionalInt seats) {

    static final Map<String, String> CHAMBER_BY_TYPE = Map.of(
            "unicameral legislature", "LC01",
            "lower house", "LC01",
            "upper house", "UC02");

    /**
     * Finds the legislature of {@code popolo}, checked against its {@code meta} when one is given.
     *
     * @throws UnusableFileException when the file has no legislature or several, when meta.json describes another
     *                               legislature, when the type is missing or not one Plenum maps, or when the
     *                               legislature is not in the list of EveryPolitician legislatures
     */
    static Legislature identify(JsonDocument popolo, Optional<JsonDocument> meta, EverypoliticianLegislatures list) {
        String file = popolo.file();
        JsonNode organizations = popolo.root().get("organizations");
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < organizations.size(); i++) {
            JsonNode organization = organizations.get(i);
            if (organization.isObject() && "legislature".equals(JsonDocument.text(organization, "classification").orElse(""))) {
                found.add(i);
            }
        }
        if (found.size() != 1) {
            throw new UnusableFileException(file, found.isEmpty()
                    ? "no organization has the classification legislature: the file does not say which chamber it describes"
                    : found.size() + " organizations have the classification legislature (/organizations/"
                    + found.get(0) + ", /organizations/" + found.get(1) + "); an EveryPolitician file describes one");
        }
        String pointer = "/organizations/" + found.get(0);
        JsonNode organization = organizations.get(found.get(0));
        String id = JsonDocument.text(organization, "id").filter(s -> !s.isBlank()).orElseThrow(
                () -> new UnusableFileException(file, "the legislature " + pointer + " has no id"));
        String name = JsonDocument.text(organization, "name").orElse("");
        Optional<String> wikidata = wikidata(organization);
        Optional<String> type = JsonDocument.text(organization, "type");
        OptionalInt seats = seats(organization);

        if (meta.isPresent()) {
            JsonNode m = meta.get().root();
            String metaId = JsonDocument.text(m, "uuid").orElse("");
            if (!metaId.equals(id)) {
                throw new UnusableFileException(meta.get().file(), "describes the legislature '" + metaId + "', but "
                        + file + " describes '" + id + "' (" + name + "): give the meta.json of the same legislature");
            }
            Optional<String> metaType = JsonDocument.text(m, "type");
            if (type.isPresent() && metaType.isPresent() && !type.equals(metaType)) {
                throw new UnusableFileException(meta.get().file(), "gives the type '" + metaType.get() + "', but " + file
                        + " gives '" + type.get() + "' for the same legislature");
            }
            type = type.or(() -> metaType);
            if (seats.isEmpty()) {
                seats = seats(m);
            }
            Optional<String> metaWikidata = JsonDocument.text(m, "wikidata");
            if (wikidata.isPresent() && metaWikidata.isPresent() && !wikidata.equals(metaWikidata)) {
                throw new UnusableFileException(meta.get().file(), "gives the Wikidata id " + metaWikidata.get() + ", but "
                        + file + " gives " + wikidata.get() + " for the same legislature");
            }
            wikidata = wikidata.or(() -> metaWikidata);
        }
        if (type.isEmpty()) {
            throw new UnusableFileException(file, "the legislature " + pointer + " has no type (nor has a meta.json): "
                    + "Plenum needs it to know the chamber (" + String.join(", ", CHAMBER_BY_TYPE.keySet().stream().sorted().toList()) + ")");
        }
        String suffix = CHAMBER_BY_TYPE.get(type.get());
        if (suffix == null) {
            throw new UnusableFileException(file, "the legislature " + pointer + " has the type '" + type.get()
                    + "', which Plenum does not map to a chamber; known types: "
                    + String.join(", ", CHAMBER_BY_TYPE.keySet().stream().sorted().toList()));
        }
        String described = "the legislature '" + name + "' (" + pointer + ", id " + id + wikidata.map(w -> ", Wikidata " + w).orElse("") + ")";
        EverypoliticianLegislatures.Entry entry = list.byUuid(id).orElseThrow(() -> new UnusableFileException(file,
                described + " is not in Plenum's list of EveryPolitician legislatures (" + EverypoliticianLegislatures.RESOURCE
                        + "), which gives each its country code; Plenum does not guess the country from names"));
        if (wikidata.isPresent() && !entry.wikidata().isEmpty() && !Objects.equals(wikidata.get(), entry.wikidata())) {
            throw new UnusableFileException(file, described + " has the Wikidata id " + wikidata.get() + ", but Plenum's list ("
                    + EverypoliticianLegislatures.RESOURCE + ") gives " + entry.wikidata() + " for that uuid");
        }
        return new Legislature(id, name, pointer, entry.countryCode(), entry.countryCode() + "-" + suffix, seats);
    }

    private static Optional<String> wikidata(JsonNode organization) {
        JsonNode identifiers = organization.get("identifiers");
        if (identifiers == null || !identifiers.isArray()) {
            return Optional.empty();
        }
        for (JsonNode identifier : identifiers) {
            if (identifier.isObject() && "wikidata".equals(JsonDocument.text(identifier, "scheme").orElse(""))) {
                return JsonDocument.text(identifier, "identifier");
            }
        }
        return Optional.empty();
    }

    private static OptionalInt seats(JsonNode node) {
        JsonNode seats = node.get("seats");
        return seats != null && seats.isInt() && seats.intValue() > 0 ? OptionalInt.of(seats.intValue()) : OptionalInt.empty();
    }
}
