package org.plenum.stats.pages;

/**
 * A map as a page shows it: an image of its stable SVG address (the map is a page's one heavy part, so it is loaded
 * apart and cached), its text alternative, and the {@code <iframe>} snippet that embeds it.
 */
public record Embedded(String title, String description, String svgUrl, String iframe) {
}
