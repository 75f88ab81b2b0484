package org.plenum.stewardship.web;

/**
 * A chamber's published value of one field, as "my parliament" shows it: the value in the reader's words, the date
 * it holds from and its source (empty texts when nothing is published).
 */
public record FieldRow(String field, String label, String value, String from, String source) {
}
