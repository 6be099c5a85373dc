package org.rtkconformance.adapter.agent;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.rtkconformance.adapter.api.BackendFailureException;

/**
 * One caller behind a TCP launcher: the socket its forked agent serves, and that agent's pid, which the
 * launcher kills on request. The connection's end is the agent's end: only the agent holds the other side.
 */
final class TcpChannel implements AgentChannel {

    private final Socket socket;
    private final long pid;
    private final TcpTransport transport;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final InputStream replies;
    private final OutputStream requests;

    TcpChannel(Socket socket, long pid, TcpTransport transport) throws IOException {
        this.socket = socket;
        this.pid = pid;
        this.transport = transport;
        this.replies = new EndWatchingStream(socket.getInputStream());
        this.requests = new EndCheckingStream(socket.getOutputStream());
    }

    @Override
    public long pid() {
        return pid;
    }

    @Override
    public InputStream replies() {
        return replies;
    }

    @Override
    public OutputStream requests() {
        return requests;
    }

    @Override
    public InputStream diagnostics() {
        return null;
    }

    @Override
    public String noDiagnostics() {
        return "(not carried over TCP: see the launcher's stderr)";
    }

    @Override
    public boolean isAlive() {
        return ended.getCount() > 0 && !socket.isClosed();
    }

    @Override
    public boolean awaitEnd(long millis) {
        try {
            return ended.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String endText() {
        return awaitEnd(200) ? " (the connection closed)" : "";
    }

    @Override
    public void kill() {
        if (!isAlive()) {
            close(); // already ended: the system released what it held
            return;
        }
        try {
            transport.kill(pid, "the caller with pid " + pid);
            awaitEnd(5000); // the launcher reaped it: the end of the stream is already on its way
        } finally {
            close();
        }
    }

    @Override
    public void abandon() {
        try {
            if (isAlive()) {
                transport.kill(pid, "the failed caller with pid " + pid);
            }
        } catch (BackendFailureException unreachable) {
            // the launcher is gone; its callers die with it (PR_SET_PDEATHSIG)
        } finally {
            close();
        }
    }

    @Override
    public void closeRequests() {
        try {
            socket.shutdownOutput();
        } catch (IOException ignored) {
            // the connection is gone already
        }
    }

    @Override
    public String describe() {
        return transport.describe();
    }

    private void close() {
        ended.countDown();
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }

    /** Says why a request cannot go out once the agent's end of the connection has closed (not "Socket closed"). */
    private final class EndCheckingStream extends FilterOutputStream {

        EndCheckingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            if (ended.getCount() == 0) {
                throw new IOException("the agent had already closed the connection");
            }
            out.write(buffer, offset, length);
        }
    }

    /** Notices the end of the agent's stream (end of file or a broken connection) and closes the socket then. */
    private final class EndWatchingStream extends FilterInputStream {

        EndWatchingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                int n = super.read(buffer, offset, length);
                if (n < 0) {
                    close();
                }
                return n;
            } catch (IOException e) {
                boolean closedByUs = ended.getCount() == 0;
                TcpChannel.this.close();
                // a reset is the agent's process dying with our request unread: say so, not just "Connection reset"
                throw closedByUs ? e : new IOException("the connection broke before a reply (" + e.getMessage() + ")", e);
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public void close() {
            TcpChannel.this.close();
        }
    }
}
