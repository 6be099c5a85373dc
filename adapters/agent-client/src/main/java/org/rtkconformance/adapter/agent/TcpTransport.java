package org.rtkconformance.adapter.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;

import org.rtkconformance.adapter.api.BackendFailureException;

/**
 * Agents behind a TCP launcher ({@code rtk-posix-agent --listen}, docs/agent-protocol.md §9): each caller is one
 * connection, authenticated by a token, for which the launcher forks one agent process. A non-loopback address
 * is refused unless explicitly allowed, because the token and every call travel in clear text.
 */
final class TcpTransport implements AgentTransport {

    private static final int MAX_CONTROL_LINE = 320;
    /** Connecting and the launcher's first line: a fork, not a program start, but a loaded machine may be slow. */
    private static final int HANDSHAKE_MILLIS = 10_000;

    private final String endpoint;
    private final InetSocketAddress address;
    private final String token;
    private final Duration callTimeout;

    private TcpTransport(String endpoint, InetSocketAddress address, String token, Duration callTimeout) {
        this.endpoint = endpoint;
        this.address = address;
        this.token = token;
        this.callTimeout = callTimeout;
    }

    /**
     * @param endpoint     {@code HOST:PORT} or {@code [IPv6]:PORT}
     * @param tokenFile    the file holding the launcher's token (one line)
     * @param allowAddress whether a non-loopback address may be used
     * @throws IllegalArgumentException naming the property and what is wrong, before any connection is made
     */
    static TcpTransport configure(String endpoint, String tokenFile, boolean allowAddress, Duration callTimeout) {
        int colon = endpoint.lastIndexOf(':');
        String host = colon > 0 ? endpoint.substring(0, colon) : "";
        String port = colon > 0 ? endpoint.substring(colon + 1) : "";
        if (host.startsWith("[") && host.endsWith("]") && host.length() > 2) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty() || !port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw new IllegalArgumentException("-D" + ConfiguredAgentProvider.CONNECT_PROPERTY + "=" + endpoint
                    + ": expected HOST:PORT with a port from 1 to 65535 (e.g. 127.0.0.1:7000, [::1]:7000)");
        }
        InetAddress resolved;
        try {
            resolved = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("-D" + ConfiguredAgentProvider.CONNECT_PROPERTY + "=" + endpoint
                    + ": cannot resolve '" + host + "'");
        }
        if (!resolved.isLoopbackAddress() && !allowAddress) {
            throw new IllegalArgumentException("-D" + ConfiguredAgentProvider.CONNECT_PROPERTY + "=" + endpoint + ": "
                    + resolved.getHostAddress() + " is not a loopback address, and the token and every call would"
                    + " cross the network in clear text; set -D" + ConfiguredAgentProvider.ALLOW_ADDRESS_PROPERTY
                    + "=true to connect there on purpose");
        }
        return new TcpTransport(endpoint, new InetSocketAddress(resolved, Integer.parseInt(port)),
                readToken(tokenFile), callTimeout);
    }

    private static String readToken(String tokenFile) {
        String property = "-D" + ConfiguredAgentProvider.TOKEN_FILE_PROPERTY;
        if (tokenFile.isEmpty()) {
            throw new IllegalArgumentException(property + "=<file> is required with -D"
                    + ConfiguredAgentProvider.CONNECT_PROPERTY + ": the launcher accepts no connection without its token");
        }
        String text;
        try {
            text = Files.readString(Path.of(tokenFile), StandardCharsets.US_ASCII);
        } catch (IOException | InvalidPathException e) {
            throw new IllegalArgumentException(property + "=" + tokenFile + ": cannot read it (" + e + ")");
        }
        String token = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        if (!token.matches("[\\x21-\\x7E]{1,256}")) {
            throw new IllegalArgumentException(property + "=" + tokenFile
                    + ": the token is 1 to 256 printable ASCII characters without spaces, on one line");
        }
        return token;
    }

    @Override
    public Duration callTimeout() {
        return callTimeout;
    }

    @Override
    public AgentTransport withCallTimeout(Duration timeout) {
        return new TcpTransport(endpoint, address, token, timeout);
    }

    @Override
    public AgentConnection connect(String label, String prefix) {
        return serve("SERVE " + prefix, label);
    }

    /** A fork server's spare caller: forked and greeted now, given its namespace when a session adopts it. */
    AgentConnection connectSpare(String label) {
        return serve("SPARE", label);
    }

    private AgentConnection serve(String request, String label) {
        Socket socket = new Socket();
        try {
            String first = control(socket, request, label);
            if (!first.matches("PID [1-9][0-9]{0,9}")) {
                throw refused(label, first);
            }
            socket.setSoTimeout(0); // from here the connection's own per-call timeout applies
            TcpChannel channel = new TcpChannel(socket, Long.parseLong(first.substring(4)), this);
            return AgentConnection.open(label, callTimeout, channel);
        } catch (IOException e) {
            closeQuietly(socket);
            throw new BackendFailureException("Cannot reach the agent launcher at " + endpoint + " for " + label + ": "
                    + e.getMessage(), e);
        } catch (BackendFailureException e) {
            closeQuietly(socket);
            throw e;
        }
    }

    /** Has the launcher SIGKILL and reap the caller {@code pid}; returns once its resources are released. */
    void kill(long pid, String label) {
        try (Socket socket = new Socket()) {
            String answer = control(socket, "KILL " + pid, label);
            if (!answer.equals("OK killed " + pid)) {
                throw refused(label, answer);
            }
        } catch (IOException e) {
            throw new BackendFailureException("Cannot reach the agent launcher at " + endpoint + " to terminate " + label
                    + " (pid " + pid + "): " + e.getMessage(), e);
        }
    }

    /** Connects, authenticates, sends one control request and returns the launcher's first line. */
    private String control(Socket socket, String request, String label) throws IOException {
        socket.connect(address, HANDSHAKE_MILLIS);
        socket.setTcpNoDelay(true); // one small line per call: never wait to coalesce
        socket.setSoTimeout(HANDSHAKE_MILLIS);
        OutputStream out = socket.getOutputStream();
        out.write(("TOKEN " + token + "\n" + request + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String line = readControlLine(socket.getInputStream());
        if (line == null) {
            throw new IOException("the launcher closed the connection without answering '" + request.split(" ")[0]
                    + "' for " + label);
        }
        return line;
    }

    /** Byte by byte: what follows the line belongs to the agent, and must stay in the stream for it. */
    private static String readControlLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                return null;
            }
            if (line.length() == MAX_CONTROL_LINE) {
                throw new IOException("the launcher's control line exceeds " + MAX_CONTROL_LINE + " bytes");
            }
            line.append((char) c);
        }
        return line.toString();
    }

    private BackendFailureException refused(String label, String answer) {
        String why = answer.equals("ERR - bad token")
                ? "refused the token from -D" + ConfiguredAgentProvider.TOKEN_FILE_PROPERTY + " (" + answer + ")"
                : "answered '" + Hex.abbreviate(answer) + "'";
        return new BackendFailureException("The agent launcher at " + endpoint + " " + why + " for " + label);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }

    @Override
    public void prepareRun(String runTag) {
        // Nothing to do here: the launcher sweeps its own prefix when it stops, and each session sweeps through
        // its agents (AgentBackend.close) what its terminated callers left.
    }

    @Override
    public void sweepQuietly(String prefix) {
        try (AgentConnection sweeper = connect("the sweep of " + prefix, prefix)) {
            sweeper.exchange("SWEEP");
        } catch (BackendFailureException e) {
            // the launcher is unreachable: what is left is swept when a launcher with this prefix stops
        }
    }

    @Override
    public String describe() {
        return "tcp " + endpoint;
    }
}
