package org.plenum.exchange.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.UnusableFileException;

/**
 * {@link StrictUtf8} for a file read piece by piece: decodes a stream of bytes as UTF-8, 64 KB at a time, and refuses
 * an invalid byte with the same message (the byte, its offset and its line) as soon as it comes. A leading byte order
 * mark is dropped. It remembers whether the text ended with a line break.
 */
final class StrictUtf8Reader extends Reader {

    private static final int BUFFER = 1 << 16;

    private final InputFile file;
    private final InputStream stream;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer in = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer out = CharBuffer.allocate(BUFFER).flip();
    /** Bytes consumed before {@code in}'s first byte, and the line of that byte. */
    private long offset;
    private long line = 1;
    private boolean endOfInput;
    private boolean flushed;
    private boolean started;
    private char last;

    StrictUtf8Reader(InputFile file) {
        this.file = file;
        this.stream = file.open();
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!out.hasRemaining()) {
            if (flushed) {
                return -1;
            }
            fill();
        }
        int n = Math.min(len, out.remaining());
        out.get(buffer, off, n);
        last = buffer[off + n - 1];
        return n;
    }

    /** Whether the text read so far ends with a line break (once all is read: whether the file does). */
    boolean endsWithLineBreak() {
        return last == '\n' || last == '\r';
    }

    private void fill() throws IOException {
        out.clear();
        if (!endOfInput) {
            for (int i = 0; i < in.position(); i++) {
                if (in.get(i) == '\n') {
                    line++;
                }
            }
            offset += in.position();
            in.compact();
            int read = stream.read(in.array(), in.position(), in.remaining());
            if (read < 0) {
                endOfInput = true;
            } else {
                in.position(in.position() + read);
            }
            in.flip();
        }
        CoderResult result = decoder.decode(in, out, endOfInput);
        if (result.isError()) {
            throw invalid();
        }
        if (endOfInput) {
            if (decoder.flush(out).isError()) {
                throw invalid();
            }
            flushed = true;
        }
        out.flip();
        if (!started && out.hasRemaining()) {
            started = true;
            if (out.get(out.position()) == '\uFEFF') {
                out.get();
            }
        }
    }

    private UnusableFileException invalid() {
        long lineOfError = line;
        for (int i = 0; i < in.position(); i++) {
            if (in.get(i) == '\n') {
                lineOfError++;
            }
        }
        String found = in.hasRemaining() ? String.format("byte 0x%02X", in.get(in.position()) & 0xFF) : "end of file";
        return new UnusableFileException(file.name(), "not valid UTF-8: " + found + " at byte offset "
                + (offset + in.position()) + " (line " + lineOfError + "); the file must be encoded as UTF-8"
                + " (was it saved as Latin-1 or Windows-1252?)");
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
