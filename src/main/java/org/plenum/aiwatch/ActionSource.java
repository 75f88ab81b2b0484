package org.plenum.aiwatch;

import java.util.Objects;

/**
 * Where an AI-policy action was read.
 *
 * @param url       the page
 * @param publisher who published it, e.g. "Inter-Parliamentary Union", "Diario El Mundo (news)"
 * @param seen      when and how it was read, in the recorder's words (e.g. "stored copy (undated)", "2026-05-02")
 */
public record ActionSource(String url, String publisher, String seen) {

    public ActionSource {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(seen, "seen");
    }
}
