package org.plenum.exchange.ipu;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.UnusableFileException;

/**
 * The text of an input file, decoded strictly as UTF-8: a byte sequence that is not UTF-8 makes
 * the file unusable (naming the byte offset and the line), instead of being replaced by a
 * substitute character. A leading byte order mark is removed.
 */
final class Utf8Text {

    private Utf8Text() {
    }

    static String decode(InputFile file) {
        byte[] bytes = file.content();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw invalid(file, bytes, in.position(), result);
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw invalid(file, bytes, in.position(), result);
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static UnusableFileException invalid(InputFile file, byte[] bytes, int offset, CoderResult result) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        String found = offset < bytes.length ? String.format("byte 0x%02X", bytes[offset] & 0xFF) : "end of file";
        String message = "not valid UTF-8: " + found + " at byte offset " + offset + " (line " + line
                + "); the file must be encoded as UTF-8 (was it saved as Latin-1 or Windows-1252?)";
        CharacterCodingException cause = new CharacterCodingException();
        cause.initCause(new IllegalStateException(result.toString()));
        return new UnusableFileException(file.name(), message, cause);
    }
}
