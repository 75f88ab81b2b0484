package org.plenum.exchange;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.plenum.exchange.parline.Harvest;
import org.plenum.exchange.parline.HarvestOptions;
import org.plenum.exchange.parline.ParlineHarvester;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.PublishedRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * {@code plenum import parline <base-url>}: harvests a Parline-compatible API and writes what it read through the
 * import path (validated, one batch, all or nothing; re-running changes nothing). The pages read are kept in
 * {@code <data dir>/harvest/} until the batch is written, so an interrupted harvest resumes. Design: decision 0016.
 */
@Service
@ImportFormat(name = ParlineImport.FORMAT, arguments = "<base-url>", readsFiles = false,
        options = {"delay=500ms", "page-size=5000", "retries=5", "restart"}, flags = {"restart"},
        description = "a Parline-compatible API (IPU Parline's, or another Plenum's /api/v1), harvested page by page")
public class ParlineImport {

    /** The format's name on the command line. */
    public static final String FORMAT = "parline";

    /** What the harvest read and how ({@link Harvest#summary()}), and what the import did. */
    public record Result(List<String> summary, ImportReport report) {
        public Result {
            summary = List.copyOf(summary);
        }

        public String render() {
            StringBuilder out = new StringBuilder("Harvested ").append(report.files().get(0)).append('\n');
            summary.forEach(line -> out.append("  ").append(line).append('\n'));
            return out.append(report.render()).toString();
        }
    }

    private final ImportService imports;
    private final PublishedRegistry registry;
    private final ParlineHarvester harvester;
    private final Path progressRoot;

    ParlineImport(ImportService imports, FieldCatalogue catalogue, PublishedRegistry registry,
                  @Value("${plenum.data-dir}") Path dataDir) {
        this.imports = imports;
        this.registry = registry;
        this.harvester = new ParlineHarvester(catalogue);
        this.progressRoot = dataDir.resolve("harvest");
    }

    /**
     * @throws org.plenum.exchange.parline.HarvestFailedException when the source cannot be read to its end (nothing
     *                                                            is written; the next run resumes)
     * @throws org.plenum.registry.InvalidBatchException         when the data cannot be written (nothing is written)
     */
    public Result run(URI base, HarvestOptions options) {
        Harvest harvest = harvester.harvest(base, options, progressRoot, ref -> registry.current().get(ref).isPresent());
        ImportReport report = imports.write(FORMAT, List.of(harvest.source().toString()), harvest.parsed(), harvest.notes());
        harvest.written();
        return new Result(harvest.summary(), report);
    }
}
