package org.plenum.exchange.bulk;

/**
 * One file inside the bulk zip, as its manifest lists it.
 *
 * @param name   path inside the zip, e.g. {@code facts/chambers.csv}
 * @param rows   data rows (the header row not counted; 0 for a text file)
 * @param bytes  size, uncompressed
 * @param sha256 SHA-256 of its bytes, lower-case hexadecimal
 */
public record BulkEntry(String name, long rows, long bytes, String sha256) {
}
