package org.plenum.stewardship;

import java.util.Objects;

/**
 * Where a submitted value is stated: a document's title, and where present its address and its official gazette
 * reference. Empty texts mean "not given"; the title is required when the submission is sent.
 */
public record SourceReference(String title, String url, String gazette) {

    public SourceReference {
        title = Objects.requireNonNull(title, "title").strip();
        url = Objects.requireNonNull(url, "url").strip();
        gazette = Objects.requireNonNull(gazette, "gazette").strip();
    }

    public static SourceReference none() {
        return new SourceReference("", "", "");
    }

    /** The reference as one line: title, address, gazette, those given. */
    public String describe() {
        StringBuilder text = new StringBuilder(title);
        for (String part : new String[] {url, gazette}) {
            if (!part.isEmpty()) {
                text.append(text.isEmpty() ? "" : ", ").append(part);
            }
        }
        return text.toString();
    }
}
