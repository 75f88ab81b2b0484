package org.plenum.registry.web;

import java.util.List;
import java.util.Optional;

/**
 * One chamber as its page shows it, every text already in the reader's language and every number formatted.
 *
 * @param figures    the headline figures (label, value, "since" date) — seats, women, young members...
 * @param hemicycle  the chamber's composition chart, when its members and women are known
 * @param parties    the seats by party at the latest election whose results give seats
 * @param history    the share of women and of members aged 45 or under over time, when there are data
 * @param elections  the chamber's elections, newest first
 * @param fields     every recorded field: its latest value, valid time and source
 * @param steps      every field's full history (for the "every value" table)
 */
public record ChamberProfile(String code, String name, String localName, String status, String href, String apiHref,
                             List<Figure> figures, Optional<Chart> hemicycle, Optional<Chart> parties, Optional<Chart> history,
                             List<Election> elections, List<FieldValue> fields, List<FieldValue> steps) {

    /** A headline figure. */
    public record Figure(String label, String value, String since) {
    }

    /**
     * A chart: the address of its SVG (embeddable), its text alternative, and its data as a table.
     */
    public record Chart(String src, String title, String description, String caption, List<String> columns,
                        List<List<String>> rows, String embedSnippet) {
    }

    /** An election, its page and its results by party (party, seats, vote share), largest first. */
    public record Election(String code, String href, String date, String type, String seats, String women,
                           List<List<String>> results) {
    }

    /** A value of a field with its valid time and source. */
    public record FieldValue(String field, String label, String value, String from, String to, String source) {
    }
}
