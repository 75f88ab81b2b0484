package org.plenum.stewardship.web;

/** A choice of a select: a taxonomy term, a political party. */
public record Option(String value, String label, boolean selected) {
}
