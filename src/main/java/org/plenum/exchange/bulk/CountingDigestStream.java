package org.plenum.exchange.bulk;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Passes bytes on to another stream while counting them and computing their SHA-256; closing it only flushes (the
 * stream underneath, a zip entry or a file, stays open for its owner to close).
 */
final class CountingDigestStream extends FilterOutputStream {

    private final MessageDigest digest;
    private long count;

    CountingDigestStream(OutputStream out) {
        super(out);
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        digest.update((byte) b);
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        digest.update(b, off, len);
        count += len;
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    long count() {
        return count;
    }

    /** The SHA-256 of everything written, in lower-case hexadecimal (call once, when done). */
    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
