package org.plenum.exchange.parline;

import java.net.URI;
import java.util.List;
import org.plenum.exchange.ParsedFile;

/**
 * What a harvest read, ready to be written in one batch: the entities and facts ({@link #parsed()}), what was
 * rejected, the notes for the report (names Plenum does not know, counted; endpoints the source does not serve), and
 * how the reading went. Once the batch is written, {@link #written()} removes the pages kept for resuming.
 */
public final class Harvest {

    private final URI source;
    private final ParsedFile parsed;
    private final List<String> notes;
    private final List<String> summary;
    private final HarvestProgress progress;

    Harvest(URI source, ParsedFile parsed, List<String> notes, List<String> summary, HarvestProgress progress) {
        this.source = source;
        this.parsed = parsed;
        this.notes = List.copyOf(notes);
        this.summary = List.copyOf(summary);
        this.progress = progress;
    }

    public URI source() {
        return source;
    }

    public ParsedFile parsed() {
        return parsed;
    }

    /** Names the source uses that Plenum does not import (counted per collection and name), endpoints it lacks. */
    public List<String> notes() {
        return notes;
    }

    /** Per endpoint: records and pages read; then requests, retries, pages taken from an interrupted harvest. */
    public List<String> summary() {
        return summary;
    }

    /** The data are written: the pages kept for resuming are removed. */
    public void written() {
        progress.finish();
    }
}
