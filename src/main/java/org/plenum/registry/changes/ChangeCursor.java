package org.plenum.registry.changes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A position in the change feed: after the change of fact {@code factId} of publication {@code publication} (the
 * feed's order is by publication, then by fact number). Clients see it as an opaque token ({@link #token()}); a token
 * stays valid for ever, on every node, as facts are never removed.
 */
public record ChangeCursor(long publication, long factId) implements Comparable<ChangeCursor> {

    /** Before the first change. */
    public static final ChangeCursor START = new ChangeCursor(0, 0);

    private static final String PREFIX = "c1.";

    /** The opaque form given to clients. */
    public String token() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + publication + "." + factId).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor of a token made by {@link #token()}, or empty when it is not one. */
    public static Optional<ChangeCursor> parse(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.US_ASCII);
            if (!text.startsWith(PREFIX)) {
                return Optional.empty();
            }
            String[] parts = text.substring(PREFIX.length()).split("\\.");
            if (parts.length != 2) {
                return Optional.empty();
            }
            long publication = Long.parseLong(parts[0]);
            long factId = Long.parseLong(parts[1]);
            return publication < 0 || factId < 0 ? Optional.empty() : Optional.of(new ChangeCursor(publication, factId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public int compareTo(ChangeCursor other) {
        int byPublication = Long.compare(publication, other.publication);
        return byPublication != 0 ? byPublication : Long.compare(factId, other.factId);
    }
}
