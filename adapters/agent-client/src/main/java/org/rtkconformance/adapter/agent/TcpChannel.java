package org.rtkconformance.adapter.agent;

import java.io.FilterInputStream;
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

    TcpChannel(Socket socket, long pid, TcpTransport transport) throws IOException {
        this.socket = socket;
        this.pid = pid;
        this.transport = transport;
        this.replies = new EndWatchingStream(socket.getInputStream());
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
        try {
            return socket.getOutputStream();
        } catch (IOException e) {
            throw new BackendFailureException("The connection to " + describe() + " is unusable: " + e.getMessage(), e);
        }
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
                TcpChannel.this.close();
                throw e;
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
