package org.plenum.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.springframework.http.HttpHeaders;

/**
 * A response that keeps the body in memory if, when the body starts, the request's handler is a {@link CachedPage}
 * (its mark is set before the handler runs); any other body (a download, an API answer, an uncached page) goes
 * straight through, streamed as before.
 */
final class PageBuffer extends HttpServletResponseWrapper {

    private final HttpServletRequest request;
    private ByteArrayOutputStream buffer;
    private ServletOutputStream stream;
    private PrintWriter writer;
    private Boolean buffering;

    PageBuffer(HttpServletRequest request, HttpServletResponse response) {
        super(response);
        this.request = request;
    }

    private boolean buffering() {
        if (buffering == null) {
            buffering = Boolean.TRUE.equals(request.getAttribute(PageCache.CACHEABLE));
            if (buffering) {
                buffer = new ByteArrayOutputStream(32 * 1024);
            }
        }
        return buffering;
    }

    /** Whether the body was kept here: then {@link #bytes} has it and nothing was sent. */
    boolean buffered() {
        return Boolean.TRUE.equals(buffering) || buffering == null && Boolean.TRUE.equals(request.getAttribute(PageCache.CACHEABLE));
    }

    byte[] bytes() {
        if (writer != null) {
            writer.flush();
        }
        return buffer == null ? new byte[0] : buffer.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (!buffering()) {
            return super.getOutputStream();
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a cached page is written at once");
                }

                @Override
                public void write(int b) {
                    buffer.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    buffer.write(b, off, len);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (!buffering()) {
            return super.getWriter();
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (buffered()) {
            if (writer != null) {
                writer.flush();
            }
            return;
        }
        super.flushBuffer();
    }

    @Override
    public void setContentLength(int length) {
        if (!buffered()) {
            super.setContentLength(length);
        }
    }

    @Override
    public void setContentLengthLong(long length) {
        if (!buffered()) {
            super.setContentLengthLong(length);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (!(buffered() && HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name))) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!(buffered() && HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name))) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void resetBuffer() {
        if (buffer != null) {
            if (writer != null) {
                writer.flush();
            }
            buffer.reset();
        }
        super.resetBuffer();
    }

    @Override
    public void reset() {
        if (buffer != null) {
            if (writer != null) {
                writer.flush();
            }
            buffer.reset();
        }
        super.reset();
    }
}
