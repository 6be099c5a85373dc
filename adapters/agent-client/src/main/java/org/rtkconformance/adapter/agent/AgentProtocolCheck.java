package org.rtkconformance.adapter.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.rtkconformance.adapter.api.BackendManifest;
import org.rtkconformance.adapter.api.Capability;

/**
 * The rtk-agent/1 protocol check (docs/agent-protocol.md): framing, request ids, one ERR per malformed line,
 * the HELLO fields, binary-safe payloads and a clean exit, each check against a fresh agent process. It
 * judges only the protocol, never RTX behaviour: a status, a refused CREATE or a missing object is the
 * conformance suite's business. Used by {@code rtk-kit check-agent} and by {@code AgentProtocolTests}.
 */
public final class AgentProtocolCheck {

    /** How one check ended. */
    public enum Outcome { PASS, FAIL, NOT_CHECKED }

    /** One check's result, with what was wrong or why it could not be checked. */
    public record Finding(String check, Outcome outcome, String detail) {
    }

    /** A protocol rule the agent broke; the message says which and what it sent. */
    private static final class Violation extends Exception {
        private static final long serialVersionUID = 1L;

        Violation(String message) {
            super(message);
        }
    }

    /** A check that cannot apply to this agent, with the reason. */
    private static final class NotApplicable extends Exception {
        private static final long serialVersionUID = 1L;

        NotApplicable(String message) {
            super(message);
        }
    }

    private interface Check {
        void run(RawAgent agent) throws Exception;
    }

    private static final long REPLY_MILLIS = 5000;
    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** Lines that break the request grammar, each to be answered by one ERR with this id ({@code -}: unreadable id). */
    private static final String[][] MALFORMED = {
        {"9 FROB", "9"}, {"x LIST", "-"}, {"-1 LIST", "-"}, {"1234567890123456789 LIST", "-"}, {"9", "9"},
        {"9  LIST", "9"}, {"9 LIST ", "9"}, {"9 ATTACH", "9"}, {"9 ATTACH 1 2", "9"}, {"9 ATTACH 123456789", "9"},
        {"9 ATTACH zz", "9"}, {"9 DETACH 12345678901234567", "9"}, {"9 OPEN 1 1 2 00 4:6:00410042 1", "9"},
        {"9 OPEN 1 1 2 00 3:4:0041004200", "9"}, {"9 OPEN 1 2 2 00 4:6:004100420000 1", "9"},
        {"9 OPEN 1 1 2 100 4:6:004100420000 1", "9"}, {"9 OPEN 1 1 2 00 70000:6:004100420000 1", "9"},
        {"9 OPEN 1 1 2 00 4:6:00410042000G 1", "9"}, {"9 OPEN 1 1 2 00 4:4:0041 1", "9"}, {"9 OPEN 1 1 2 00 4:6 1", "9"},
        {"9 CREATE 1 1 4 0 10 - ", "9"}, {"9 READ 0 0 65537", "9"}, {"9 WRITE 0 0 ABC", "9"}, {"9 CLOSE 1", "9"},
        {"9 UNMAP 1 2 3", "9"},
    };

    private final List<String> command;
    private final Map<String, Check> checks = new LinkedHashMap<>();

    /**
     * A check of the agent {@code command}; each check runs it with {@code --prefix <fresh namespace>}
     * appended, as the agent backend does.
     */
    public AgentProtocolCheck(List<String> command) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("no agent command to check");
        }
        this.command = List.copyOf(command);
        checks.put("HELLO declares backend, vendor, product, version, capabilities and readings", this::hello);
        checks.put("another protocol version is refused with its id", this::otherVersion);
        checks.put("a request before HELLO is refused with its id", this::beforeHello);
        checks.put("each malformed request gets one ERR with its id, and the agent goes on", this::malformed);
        checks.put("CR, NUL, other control bytes and non-ASCII are refused", this::controlBytes);
        checks.put("an over-long line is refused once and skipped", this::overLong);
        checks.put("every operation's reply echoes its id with status and native code", this::operations);
        checks.put("payloads are binary-safe: all 256 byte values written and read back", this::binaryPayload);
        checks.put("BYE is answered and the agent exits 0", this::bye);
        checks.put("end of input ends the agent with exit code 0", this::endOfInput);
    }

    /** The names of the checks, in the order {@link #run()} runs them. */
    public List<String> checks() {
        return List.copyOf(checks.keySet());
    }

    /** Every check, in order. */
    public List<Finding> run() {
        List<Finding> findings = new ArrayList<>();
        for (String name : checks.keySet()) {
            findings.add(run(name));
        }
        return findings;
    }

    /**
     * The check {@code name} against a fresh agent process.
     *
     * @throws UncheckedIOException when the agent cannot be started at all
     */
    public Finding run(String name) {
        Check check = checks.get(name);
        if (check == null) {
            throw new IllegalArgumentException("no protocol check '" + name + "'");
        }
        List<String> full = new ArrayList<>(command);
        full.add("--prefix");
        full.add("pc" + ProcessHandle.current().pid() % 100000 + "n" + SERIAL.incrementAndGet());
        try (RawAgent agent = new RawAgent(full)) {
            check.run(agent);
            String stray = agent.next(100);
            if (stray != null) {
                return new Finding(name, Outcome.FAIL, "a reply line no request asked for: " + Hex.abbreviate(stray));
            }
            return new Finding(name, Outcome.PASS, "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the agent " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (Violation e) {
            return new Finding(name, Outcome.FAIL, e.getMessage());
        } catch (NotApplicable e) {
            return new Finding(name, Outcome.NOT_CHECKED, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Finding(name, Outcome.FAIL, "interrupted");
        } catch (Exception e) {
            return new Finding(name, Outcome.FAIL, e.getMessage());
        }
    }

    // ---- the checks ----

    private void hello(RawAgent agent) throws Exception {
        manifest(agent);
    }

    private void otherVersion(RawAgent agent) throws Exception {
        expectError(exchange(agent, "5 HELLO rtk-agent/2"), "5", "HELLO rtk-agent/2");
        manifest(agent);
    }

    private void beforeHello(RawAgent agent) throws Exception {
        expectError(exchange(agent, "4 LIST"), "4", "LIST before HELLO");
        manifest(agent);
    }

    private void malformed(RawAgent agent) throws Exception {
        manifest(agent);
        for (String[] row : MALFORMED) {
            expectError(exchange(agent, row[0]), row[1], "'" + row[0] + "'");
            stillServing(agent, "'" + row[0] + "'");
        }
    }

    private void controlBytes(RawAgent agent) throws Exception {
        manifest(agent);
        for (byte[] line : List.of("9 LIST\r\n".getBytes(StandardCharsets.US_ASCII),
                "9 LI\u0000ST\n".getBytes(StandardCharsets.ISO_8859_1),
                "9 LIST\tx\n".getBytes(StandardCharsets.US_ASCII),
                "9 L\u00fcST\n".getBytes(StandardCharsets.UTF_8),
                "\n".getBytes(StandardCharsets.US_ASCII))) {
            agent.sendBytes(line);
            String what = Hex.abbreviate(new String(line, StandardCharsets.ISO_8859_1));
            String reply = awaitReply(agent, what);
            if (!reply.startsWith("ERR ")) {
                throw new Violation("the line " + what + " was answered " + Hex.abbreviate(reply) + ", not refused with ERR");
            }
            stillServing(agent, what);
        }
    }

    private void overLong(RawAgent agent) throws Exception {
        manifest(agent);
        byte[] huge = new byte[(1 << 20) + 5000];
        Arrays.fill(huge, (byte) 'A');
        agent.sendBytes(huge);
        agent.sendBytes("\n".getBytes(StandardCharsets.US_ASCII));
        expectError(awaitReply(agent, "a line of 1 MiB + 5000 bytes"), "-", "a line of 1 MiB + 5000 bytes");
        stillServing(agent, "the over-long line");
    }

    private void operations(RawAgent agent) throws Exception {
        BackendManifest manifest = manifest(agent);
        AgentReply attach = ok(agent, "2 ATTACH 1", "2");
        String inst = valueOr(attach, "inst", "1");
        AgentReply created = ok(agent, "3 CREATE " + inst + " 1 4 0 1000 6:8:0070007200740000 1", "3");
        AgentReply opened = ok(agent, "4 OPEN " + inst + " 1 1 00 6:8:0070007200740000 1", "4");
        for (AgentReply reply : List.of(created, opened)) {
            matches(reply, "handle", "[0-9A-F]+|-");
            matches(reply, "location", "[0-9A-F]+|-");
        }
        String location = present(value(opened, "location")) ? value(opened, "location") : "0";
        matches(okFields(agent, "5 READ " + location + " 0 4", "5"), "access", "[A-Z_]+");
        matches(okFields(agent, "6 WRITE " + location + " 0 01", "6"), "access", "[A-Z_]+");
        // LIST and UNMAP belong to capabilities: an agent that does not declare one rightly refuses its verb.
        if (manifest.capabilities().contains(Capability.INTROSPECTION)) {
            matches(okFields(agent, "7 LIST", "7"), "handles", "[0-9]+");
        }
        if (manifest.capabilities().contains(Capability.UNMAP)) {
            ok(agent, "8 UNMAP " + inst + " " + location, "8");
        }
        for (AgentReply held : List.of(opened, created)) {
            if (present(value(held, "handle"))) {
                ok(agent, "9 CLOSE " + inst + " " + value(held, "handle"), "9");
            }
        }
        ok(agent, "10 DETACH " + inst, "10");
    }

    private void binaryPayload(RawAgent agent) throws Exception {
        BackendManifest manifest = manifest(agent);
        if (!manifest.capabilities().contains(Capability.VIEW_ACCESS)) {
            throw new NotApplicable("the agent does not declare VIEW_ACCESS: no READ or WRITE to carry payloads");
        }
        AgentReply attach = ok(agent, "2 ATTACH 1", "2");
        String inst = valueOr(attach, "inst", "1");
        AgentReply created = ok(agent, "3 CREATE " + inst + " 1 4 0 1000 8:10:00620079007400650000 1", "3");
        String location = value(created, "location");
        if (!present(location)) {
            throw new NotApplicable("CREATE gave no view (status " + value(created, "status")
                    + "): what the agent refuses is for the conformance suite to judge");
        }
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        String hex = HexFormat.of().withUpperCase().formatHex(all);
        AgentReply written = okFields(agent, "4 WRITE " + location + " 0 " + hex, "4");
        if ("OK".equals(value(written, "access"))) {
            AgentReply read = okFields(agent, "5 READ " + location + " 0 256", "5");
            String data = valueOr(read, "data", "");
            if (!data.equalsIgnoreCase(hex)) {
                throw new Violation("256 bytes 00..FF written through a view came back as " + Hex.abbreviate(data));
            }
        } else {
            throw new NotApplicable("the WRITE through the created view was refused (access="
                    + value(written, "access") + "): behaviour, for the suite");
        }
        ok(agent, "6 UNMAP " + inst + " " + location, "6");
        ok(agent, "7 CLOSE " + inst + " " + value(created, "handle"), "7");
        ok(agent, "8 DETACH " + inst, "8");
    }

    private void bye(RawAgent agent) throws Exception {
        manifest(agent);
        String reply = exchange(agent, "13 BYE");
        if (!reply.equals("13 OK")) {
            throw new Violation("BYE was answered " + Hex.abbreviate(reply) + ", not '13 OK'");
        }
        exitsCleanly(agent, "after BYE");
    }

    private void endOfInput(RawAgent agent) throws Exception {
        manifest(agent);
        agent.closeInput();
        exitsCleanly(agent, "at the end of its input");
    }

    // ---- framing helpers ----

    private static BackendManifest manifest(RawAgent agent) throws Exception {
        String reply = exchange(agent, "1 HELLO rtk-agent/1");
        if (!reply.startsWith("1 HELLO rtk-agent/1 ")) {
            throw new Violation("HELLO was answered " + Hex.abbreviate(reply) + ", not '1 HELLO rtk-agent/1 <fields>'");
        }
        AgentReply hello = parse(reply);
        BackendManifest manifest;
        try {
            manifest = AgentHello.manifest("under-test", hello);
        } catch (RuntimeException e) {
            throw new Violation("HELLO's fields are unusable: " + e.getMessage());
        }
        for (String field : List.of("backend", "vendor", "product", "version")) {
            if (!present(value(hello, field))) {
                throw new Violation("HELLO lacks the field " + field + "=: " + Hex.abbreviate(reply));
            }
        }
        return manifest;
    }

    private static void stillServing(RawAgent agent, String after) throws Exception {
        String reply = exchange(agent, "777 HELLO rtk-agent/1");
        if (!reply.startsWith("777 HELLO rtk-agent/1 ")) {
            throw new Violation("after " + after + " the agent answered a good HELLO with " + Hex.abbreviate(reply));
        }
    }

    private static AgentReply ok(RawAgent agent, String request, String id) throws Exception {
        AgentReply reply = okFields(agent, request, id);
        matches(reply, "status", "[0-9A-F]{8}");
        matches(reply, "errno", "-?[0-9]+");
        return reply;
    }

    private static AgentReply okFields(RawAgent agent, String request, String id) throws Exception {
        String line = exchange(agent, request);
        AgentReply reply = parse(line);
        if (!reply.id().equals(id) || reply.isError() || reply.isHello()) {
            throw new Violation("'" + request + "' was answered " + Hex.abbreviate(line) + ": a well-formed request gets '"
                    + id + " OK <fields>'");
        }
        return reply;
    }

    private static void expectError(String reply, String id, String what) throws Violation {
        if (!reply.startsWith("ERR " + id + " ")) {
            throw new Violation(what + " was answered " + Hex.abbreviate(reply) + ", not 'ERR " + id + " <reason>'");
        }
    }

    private static void matches(AgentReply reply, String field, String pattern) throws Violation {
        String value = value(reply, field);
        if (value == null || !value.matches(pattern)) {
            throw new Violation("the reply " + Hex.abbreviate(reply.line()) + " has " + field + "=" + value
                    + ", which is not " + pattern);
        }
    }

    private static AgentReply parse(String line) throws Violation {
        try {
            return AgentReply.parse(line);
        } catch (IllegalArgumentException e) {
            throw new Violation("malformed reply: " + e.getMessage());
        }
    }

    private static String exchange(RawAgent agent, String request) throws Exception {
        agent.send(request);
        return awaitReply(agent, "'" + request + "'");
    }

    /** The next reply line: one line of printable ASCII ended by LF alone, within the time limit. */
    private static String awaitReply(RawAgent agent, String what) throws Exception {
        String reply = agent.next(REPLY_MILLIS);
        if (reply == null) {
            throw new Violation(agent.isAlive() ? "no reply to " + what + " within " + REPLY_MILLIS + " ms"
                    : "the agent exited (code " + agent.exitCode(0) + ") instead of answering " + what);
        }
        if (reply.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            throw new Violation("the reply to " + what + " is not one line of printable ASCII ended by LF: "
                    + Hex.abbreviate(reply) + (reply.endsWith("\r") ? " (CR before the LF)" : ""));
        }
        return reply;
    }

    private static void exitsCleanly(RawAgent agent, String when) throws Exception {
        int code = agent.exitCode(REPLY_MILLIS);
        if (code != 0) {
            throw new Violation(code == -1 ? "the agent still runs " + REPLY_MILLIS + " ms " + when
                    : "the agent exited with code " + code + " " + when);
        }
    }

    private static String value(AgentReply reply, String key) {
        return reply.has(key) ? reply.field(key) : null;
    }

    private static String valueOr(AgentReply reply, String key, String otherwise) {
        return reply.has(key) ? reply.field(key) : otherwise;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank() && !value.equals("-");
    }
}
