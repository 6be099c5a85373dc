package org.rtkconformance.adapter.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.rtkconformance.adapter.api.BackendFailureException;
import org.rtkconformance.adapter.api.CallerKilledException;

/**
 * One running agent process and its channel (stdio, or a TCP socket): numbered requests, one reply each, a
 * per-call timeout. Anything unexpected (exit, hang, garbage, an ERR to a well-formed request) kills the
 * process and becomes a {@link BackendFailureException} carrying the last exchange and the tail of the
 * agent's stderr.
 */
final class AgentConnection implements AutoCloseable {

    private static final int MAX_REPLY_BYTES = 4 << 20;
    private static final int STDERR_TAIL_BYTES = 4096;
    private static final Object END = new Object();
    /** Starting is slower than a call (exec, a JVM- or Wine-based agent, a loaded machine): the greeting gets longer. */
    private static final long START_TIMEOUT_MILLIS = 30_000;

    /** Both change once, when a spare caller is handed to its session ({@link #adopt}). */
    private String label;
    private Duration callTimeout;
    private final AgentChannel channel;
    private final OutputStream stdin;
    private final BlockingQueue<Object> replies = new LinkedBlockingQueue<>();
    private final StderrTail stderr = new StderrTail(STDERR_TAIL_BYTES);
    private long nextId = 1;
    private String lastRequest = "(none)";
    private String lastReply = "(none)";
    private boolean broken;
    private Thread stderrPump;

    private AgentConnection(String label, Duration callTimeout, AgentChannel channel) {
        this.label = label;
        this.callTimeout = callTimeout;
        this.channel = channel;
        this.stdin = channel.requests();
        daemon("rtk-agent-stdout-" + channel.pid(), () -> pumpReplies(channel.replies()));
        InputStream diagnostics = channel.diagnostics();
        if (diagnostics != null) {
            stderrPump = daemon("rtk-agent-stderr-" + channel.pid(), () -> stderr.drain(diagnostics));
        }
    }

    /**
     * Starts {@code command} and sends HELLO; the reply must speak {@value RequestLine#PROTOCOL_VERSION}.
     *
     * @param label who the agent plays, for messages ("caller 'P1'")
     */
    static AgentConnection start(String label, AgentLaunch launch, List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new BackendFailureException("Cannot start the agent for " + label + " (" + String.join(" ", command)
                    + "): " + e.getMessage(), e);
        }
        return open(label, launch.callTimeout(), new ProcessChannel(process, launch.describe()));
    }

    /** Speaks {@code rtk-agent/1} over an agent's channel, starting with HELLO; fails as {@link #start} does. */
    static AgentConnection open(String label, Duration callTimeout, AgentChannel channel) {
        AgentConnection connection = new AgentConnection(label, callTimeout, channel);
        connection.hello();
        return connection;
    }

    private AgentReply helloReply;

    private void hello() {
        AgentReply reply = exchangeRaw(RequestLine.hello(), Math.max(callTimeout.toMillis(), START_TIMEOUT_MILLIS));
        if (!reply.isHello()) {
            throw fail("answered HELLO with something else than HELLO", null);
        }
        if (!RequestLine.PROTOCOL_VERSION.equals(reply.field("protocol"))) {
            throw fail("speaks protocol '" + reply.field("protocol") + "', the client speaks "
                    + RequestLine.PROTOCOL_VERSION, null);
        }
        helloReply = reply;
    }

    /**
     * Hands a spare caller (greeted, but without a namespace yet) to a session: names it {@code label}, gives it the
     * session's timeout, and sends {@code PREFIX <prefix>} (docs/agent-protocol.md §10).
     *
     * @return whether it took the prefix; false when it died while it waited (it is then released)
     */
    boolean adopt(String label, String prefix, Duration callTimeout) {
        this.label = label;
        this.callTimeout = callTimeout;
        try {
            exchange(RequestLine.prefix(prefix));
            return true;
        } catch (BackendFailureException diedWhileSpare) {
            return false;
        }
    }

    AgentReply helloReply() {
        return helloReply;
    }

    long pid() {
        return channel.pid();
    }

    boolean isAlive() {
        return !broken && channel.isAlive();
    }

    /** Sends {@code request} (without id) and returns its OK reply; an ERR reply is a backend failure too. */
    AgentReply exchange(String request) {
        AgentReply reply = exchangeRaw(request);
        if (reply.isError()) {
            throw fail("rejected a request the client built: " + reply.errorReason(), null);
        }
        return reply;
    }

    /** Sends {@code request} and returns whatever well-formed reply answers it, ERR included. */
    AgentReply exchangeRaw(String request) {
        return exchangeRaw(request, callTimeout.toMillis());
    }

    private AgentReply exchangeRaw(String request, long timeoutMillis) {
        if (broken) {
            throw new BackendFailureException("The agent for " + label + " is no longer usable (it failed or was"
                    + " terminated earlier); request not sent: " + Hex.abbreviate(request));
        }
        String id = Long.toString(nextId++);
        lastRequest = id + " " + request;
        lastReply = "(none)";
        try {
            stdin.write((lastRequest + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        } catch (IOException e) {
            throw fail("could not be written to (" + e.getMessage() + ")", e);
        }
        Object next;
        try {
            next = replies.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail("was being waited for when the thread was interrupted", e);
        }
        if (next == null) {
            throw fail("did not reply within " + timeoutMillis + " ms (hung)", null);
        }
        if (next == END || next instanceof IOException) {
            String why = next == END ? "exited before replying" : ((IOException) next).getMessage();
            BackendFailureException failure = fail(why + exitText(), next instanceof IOException ? (IOException) next : null);
            // The process ending mid-call is the backend killing its caller, judged as behaviour (a FAIL).
            throw next == END ? new CallerKilledException(failure.getMessage()) : failure;
        }
        lastReply = (String) next;
        AgentReply reply;
        try {
            reply = AgentReply.parse(lastReply);
        } catch (IllegalArgumentException e) {
            throw fail("replied with garbage (" + e.getMessage() + ")", e);
        }
        if (!reply.id().equals(id) && !(reply.isError() && reply.id().equals("-"))) {
            throw fail("answered request " + id + " with the id " + Hex.abbreviate(reply.id()), null);
        }
        return reply;
    }

    private String exitText() {
        return channel.endText();
    }

    /** Marks the connection broken, kills the process, and describes what happened. */
    BackendFailureException fail(String what, Throwable cause) {
        broken = true;
        channel.abandon();
        if (stderrPump != null) {
            try {
                stderrPump.join(500); // let the last words of a crashing agent arrive
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String message = "Agent for " + label + " (pid " + channel.pid() + ", " + channel.describe() + ") " + what
                + ".\n  last request: " + Hex.abbreviate(lastRequest) + "\n  last reply:   " + Hex.abbreviate(lastReply)
                + "\n  agent stderr (tail): " + (stderrPump == null ? channel.noDiagnostics() : stderr.text());
        return cause == null ? new BackendFailureException(message) : new BackendFailureException(message, cause);
    }

    /** SIGKILL, as the system terminates a process; the kernel releases what it held. */
    void kill() {
        broken = true;
        channel.kill();
    }

    /** Asks the agent to release everything and exit; kills it if it does not within a second. */
    @Override
    public void close() {
        if (!broken && channel.isAlive()) {
            try {
                exchangeRaw(RequestLine.bye());
            } catch (BackendFailureException alreadyKilled) {
                // the agent is gone either way; close never throws
            }
            channel.closeRequests();
            channel.awaitEnd(1000);
        }
        broken = true;
        if (channel.isAlive()) {
            channel.abandon();
        }
    }

    /**
     * Ends the agent as {@link #close} does, without waiting on this thread: sends BYE and the end of the requests,
     * and leaves waiting for the agent's end (at most a second, then SIGKILL) to {@link Farewells}.
     */
    void closeInBackground() {
        if (broken || !channel.isAlive()) {
            close();
            return;
        }
        broken = true;
        try {
            stdin.write((nextId++ + " " + RequestLine.bye() + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        } catch (IOException alreadyGone) {
            // it ends anyway; Farewells kills it if it does not
        }
        channel.closeRequests();
        Farewells.add(this);
    }

    /** For {@link Farewells}: waits for the end of a caller that was sent BYE; kills it if it does not end in time. */
    void awaitEndOrKill(long millis) {
        if (!channel.awaitEnd(millis) && channel.isAlive()) {
            channel.abandon();
        }
    }

    private void pumpReplies(InputStream out) {
        BoundedLineReader reader = new BoundedLineReader(out, MAX_REPLY_BYTES);
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                replies.add(line);
            }
        } catch (IOException e) {
            replies.add(e);
        }
        replies.add(END);
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Keeps the last bytes the agent wrote to stderr. */
    private static final class StderrTail {
        private final byte[] ring;
        private long total;

        StderrTail(int size) {
            ring = new byte[size];
        }

        void drain(InputStream err) {
            byte[] buffer = new byte[1024];
            try {
                int n;
                while ((n = err.read(buffer)) > 0) {
                    synchronized (this) {
                        for (int i = 0; i < n; i++) {
                            ring[(int) (total++ % ring.length)] = buffer[i];
                        }
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }

        synchronized String text() {
            if (total == 0) {
                return "(empty)";
            }
            int length = (int) Math.min(total, ring.length);
            byte[] tail = new byte[length];
            for (int i = 0; i < length; i++) {
                tail[i] = ring[(int) ((total - length + i) % ring.length)];
            }
            String text = new String(tail, StandardCharsets.UTF_8).strip();
            return (total > ring.length ? "..." : "") + text.replace("\n", "\n    ");
        }
    }
}
