package org.plenum.stats;

import org.springframework.http.MediaType;

/**
 * A file format an {@link SdgReport} can be written in for exchange (SDMX-CSV, SDMX-ML), implemented by the module
 * that owns the formats ({@code exchange}) and served by the SDG report endpoint with {@code format=}{@link #id()}.
 */
public interface SdgMessageFormat {

    /** The value of the {@code format} parameter that asks for it, e.g. {@code sdmx-csv}. */
    String id();

    /** The media type of the bytes, also accepted in an {@code Accept} header. */
    MediaType mediaType();

    byte[] write(SdgReport report);
}
