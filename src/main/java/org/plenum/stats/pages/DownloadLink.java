package org.plenum.stats.pages;

/** A page's file: the API's download of its report in one format ({@code ipu-csv}, {@code csv}, …). */
public record DownloadLink(String format, String url) {
}
