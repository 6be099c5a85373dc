package org.rtkconformance.adapter.agent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads newline-terminated lines, refusing a line longer than a bound instead of growing without limit. */
final class BoundedLineReader {

    /** A line went past the bound: the agent is producing garbage. */
    static final class LineTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        LineTooLongException(int limit) {
            super("a reply line exceeded " + limit + " bytes without a newline");
        }
    }

    private final InputStream in;
    private final int limit;
    private final byte[] chunk = new byte[8192];
    private int position;
    private int filled;

    BoundedLineReader(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line without its newline, or {@code null} at end of stream (a partial last line is dropped). */
    String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        for (;;) {
            if (position == filled) {
                filled = in.read(chunk);
                position = 0;
                if (filled <= 0) {
                    filled = 0;
                    return null;
                }
            }
            int start = position;
            while (position < filled && chunk[position] != '\n') {
                position++;
            }
            line.write(chunk, start, position - start);
            if (line.size() > limit) {
                throw new LineTooLongException(limit);
            }
            if (position < filled) {
                position++; // the newline
                return line.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
