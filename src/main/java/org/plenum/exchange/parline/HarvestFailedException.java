package org.plenum.exchange.parline;

/**
 * The source could not be read to the end (it kept failing, or answered something that is not a Parline document).
 * Nothing was written; the pages read so far are kept, and the next run resumes after them.
 */
public class HarvestFailedException extends RuntimeException {
    public HarvestFailedException(String message) {
        super(message);
    }
}
