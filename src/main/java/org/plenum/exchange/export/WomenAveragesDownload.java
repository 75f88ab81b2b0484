package org.plenum.exchange.export;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.plenum.stats.Area;
import org.plenum.stats.ChamberGroup;
import org.plenum.stats.WomenAverage;
import org.plenum.stats.WomenAverages;

/**
 * The world and regional averages of a month as a download, one row per area and group of chambers (the world,
 * then the regions and the sub-regions; lower or single, upper, all chambers). IPU publishes no file of them;
 * the IPU layout gives them IPU's metadata block and a one-row header in IPU's words.
 */
final class WomenAveragesDownload {

    static final String REPORT = "women-averages";
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final String NOTES = """
            **Notes** :

            *   The share of women is the sum of women over the sum of seats filled of the chambers whose numbers of \
            members and of women are both known on the first day of the month (never an average of percentages).
            *   Regions and sub-regions are IPU's.""";

    private WomenAveragesDownload() {
    }

    static Download of(WomenAverages averages, Provenance provenance, ExportFormat format) {
        String query = "year=" + averages.month().getYear() + "&month=" + averages.month().getMonthValue();
        String notes = averages.countriesWithoutRegion().isEmpty() ? NOTES : NOTES
                + "\n*   Counted in the world average but in no region: " + String.join(", ", averages.countriesWithoutRegion()) + ".";
        List<MetadataLine> metadata = provenance.metadata("World and regional averages of women in national parliaments",
                PERIOD.format(averages.month()), "Any", "Any", REPORT, "/api/v1/reports/women-averages", query, format, notes);
        IpuTable ipu = new IpuTable(List.of(List.of("Region", "Structure", "Chambers", "Seats", "Men", "Women", "% W")),
                averages.averages().stream().map(a -> List.of(label(a.area()), structure(a.chambers()),
                        Integer.toString(a.chamberCount()), Long.toString(a.seats()), Long.toString(a.men()),
                        Long.toString(a.women()), a.womenPercent().map(p -> p.toPlainString()).orElse("-"))).toList());
        TidyTable tidy = new TidyTable(List.of("area_kind", "area_id", "area_name", "chambers", "chamber_count", "seats",
                "men", "women", "women_percent"), averages.averages().stream().map(WomenAveragesDownload::tidyRow).toList());
        return new Download(REPORT + "-" + averages.month(), metadata, ipu, tidy);
    }

    private static List<Object> tidyRow(WomenAverage a) {
        return Arrays.asList(a.area().kind().name().toLowerCase(Locale.ROOT), a.area().id(), label(a.area()),
                a.chambers().id(), a.chamberCount(), a.seats(), a.men(), a.women(), a.womenPercent().orElse(null));
    }

    private static String label(Area area) {
        return area.label().getOrDefault("en", area.id());
    }

    private static String structure(ChamberGroup chambers) {
        return switch (chambers) {
            case LOWER -> "Lower or single House";
            case UPPER -> "Upper chamber";
            case ALL -> "All chambers";
        };
    }
}
