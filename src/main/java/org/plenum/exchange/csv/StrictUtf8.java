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
 * sequence makes the whole file unusable, with the byte offset (0-based) and the line (1-based)
 * where it was found. A leading byte order mark is dropped.
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
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw invalid(file, bytes, in.position(), result.length());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw invalid(file, bytes, in.position(), result.length());
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static UnusableFileException invalid(InputFile file, byte[] bytes, int offset, int length) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        StringBuilder hex = new StringBuilder();
        for (int i = offset; i < Math.min(bytes.length, offset + length); i++) {
            hex.append(hex.length() == 0 ? "" : " ").append(String.format("%02X", bytes[i] & 0xFF));
        }
        return new UnusableFileException(file.name(),
                "not valid UTF-8: byte offset " + offset + " (line " + line + ") holds the invalid sequence " + hex);
    }
}
