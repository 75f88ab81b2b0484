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
