package org.plenum.exchange.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.UnusableFileException;

/**
 * Decodes a file's bytes as UTF-8 and refuses anything else: a malformed or unmappable byte
 * sequence makes the whole file unusable, naming the first invalid byte, its offset (0-based) and
 * its line (1-based), instead of being replaced by a substitute character. A leading byte order mark
 * is dropped.
 */
public final class StrictUtf8 {

    private StrictUtf8() {
    }

    public static String decode(InputFile file) {
        byte[] bytes = file.content();
        utf16(bytes).ifPresent(form -> {
            throw new UnusableFileException(file.name(), "the file is encoded as UTF-16 (" + form + "), not UTF-8"
                    + " (Excel's \"Unicode Text\" saves so); save it as \"CSV UTF-8\"");
        });
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw invalid(file, bytes, in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw invalid(file, bytes, in.position());
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Whether the bytes are UTF-16, and which form: a byte order mark ({@code FF FE}, {@code FE FF}), or, without
     * one, text whose every other byte in its first kilobyte is zero (ASCII in UTF-16: valid UTF-8 too, full of NULs).
     */
    static java.util.Optional<String> utf16(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return java.util.Optional.of("little-endian, byte order mark FF FE");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return java.util.Optional.of("big-endian, byte order mark FE FF");
        }
        int n = Math.min(bytes.length, 1024) & ~1;
        if (n < 4) {
            return java.util.Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddZeros * 10 >= pairs * 9 && evenZeros == 0) {
            return java.util.Optional.of("little-endian, without a byte order mark");
        }
        if (evenZeros * 10 >= pairs * 9 && oddZeros == 0) {
            return java.util.Optional.of("big-endian, without a byte order mark");
        }
        return java.util.Optional.empty();
    }

    private static UnusableFileException invalid(InputFile file, byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        String found = offset < bytes.length ? String.format("byte 0x%02X", bytes[offset] & 0xFF) : "end of file";
        return new UnusableFileException(file.name(), "not valid UTF-8: " + found + " at byte offset " + offset
                + " (line " + line + "); the file must be encoded as UTF-8 (was it saved as Latin-1 or Windows-1252?)");
    }
}
