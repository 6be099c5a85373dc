package org.rtkconformance.adapter.agent;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Supplier;

import org.rtkconformance.adapter.api.BackendFailureException;
import org.rtkconformance.adapter.api.NativeInterface;

/**
 * Any other agent: the command in {@value #COMMAND_PROPERTY} (split at whitespace), selected by the id in
 * {@value #ID_PROPERTY} (default {@value #DEFAULT_ID}). The client appends the protocol's own arguments.
 * An agent built from a native library names that library's header folder in {@value #INCLUDE_PROPERTY} and
 * the library in {@value #LIBRARY_PROPERTY} (extra cc flags in {@value #FLAGS_PROPERTY}): the backend then
 * declares {@code NATIVE_HEADER} and the header and link checks run against them.
 * <p>
 * Instead of a command, {@value #CONNECT_PROPERTY} ({@code HOST:PORT}) reaches agents behind a TCP launcher,
 * with the token in the file {@value #TOKEN_FILE_PROPERTY}; a non-loopback address needs
 * {@value #ALLOW_ADDRESS_PROPERTY}{@code =true}.
 */
public final class ConfiguredAgentProvider extends AgentBackendProvider {

    public static final String COMMAND_PROPERTY = "rtk.agent.command";
    public static final String ID_PROPERTY = "rtk.agent.id";
    public static final String DEFAULT_ID = "agent";
    public static final String INCLUDE_PROPERTY = "rtk.agent.include";
    public static final String LIBRARY_PROPERTY = "rtk.agent.library";
    public static final String FLAGS_PROPERTY = "rtk.agent.cflags";
    public static final String CONNECT_PROPERTY = "rtk.agent.connect";
    public static final String TOKEN_FILE_PROPERTY = "rtk.agent.tokenFile";
    public static final String ALLOW_ADDRESS_PROPERTY = "rtk.agent.allowAddress";
    static final String HEADER = "RtkApi.h";

    @Override
    public String id() {
        String id = System.getProperty(ID_PROPERTY, DEFAULT_ID).trim();
        return id.isEmpty() ? DEFAULT_ID : id;
    }

    /** Besides the timeout, the default id's own configuration properties are settings too ({@code -s command=...}). */
    @Override
    public Set<String> settingKeys() {
        if (!id().equals(DEFAULT_ID)) {
            return super.settingKeys();
        }
        Set<String> keys = new java.util.TreeSet<>(super.settingKeys());
        for (String property : List.of(COMMAND_PROPERTY, ID_PROPERTY, INCLUDE_PROPERTY, LIBRARY_PROPERTY, FLAGS_PROPERTY,
                CONNECT_PROPERTY, TOKEN_FILE_PROPERTY, ALLOW_ADDRESS_PROPERTY)) {
            keys.add(property.substring("rtk.agent.".length()));
        }
        return keys;
    }

    @Override
    protected CommandOrReason command() {
        String command = System.getProperty(COMMAND_PROPERTY, "").trim();
        if (command.isEmpty()) {
            return CommandOrReason.unavailable("no agent command: set -D" + COMMAND_PROPERTY
                    + "=\"<program> [arguments]\" (and -D" + ID_PROPERTY + "=<id> to name the backend)");
        }
        return CommandOrReason.of(List.of(command.split("\\s+")));
    }

    @Override
    TransportChoice transport(java.time.Duration callTimeout) {
        String connect = System.getProperty(CONNECT_PROPERTY, "").trim();
        if (connect.isEmpty()) {
            return super.transport(callTimeout);
        }
        if (!System.getProperty(COMMAND_PROPERTY, "").isBlank()) {
            return TransportChoice.unavailable("set either -D" + COMMAND_PROPERTY + " (an agent per caller on stdio) or -D"
                    + CONNECT_PROPERTY + " (a TCP launcher), not both");
        }
        String allow = System.getProperty(ALLOW_ADDRESS_PROPERTY, "false").trim();
        if (!allow.equals("true") && !allow.equals("false")) {
            return TransportChoice.unavailable("-D" + ALLOW_ADDRESS_PROPERTY + " is true or false, not '" + allow + "'");
        }
        try {
            return new TransportChoice(TcpTransport.configure(connect,
                    System.getProperty(TOKEN_FILE_PROPERTY, "").trim(), allow.equals("true"), callTimeout), null);
        } catch (IllegalArgumentException e) {
            return TransportChoice.unavailable(e.getMessage());
        }
    }

    @Override
    protected Optional<Supplier<NativeInterface>> nativeInterface() {
        String include = System.getProperty(INCLUDE_PROPERTY, "").trim();
        String library = System.getProperty(LIBRARY_PROPERTY, "").trim();
        if (include.isEmpty() && library.isEmpty()) {
            return Optional.empty();
        }
        String flags = System.getProperty(FLAGS_PROPERTY, "").trim();
        // Checked when a scenario asks, so a wrong path is that scenario's UNRESOLVED with the reason.
        return Optional.of(() -> checked(include, library, flags));
    }

    static NativeInterface checked(String include, String library, String flags) {
        if (include.isEmpty() || library.isEmpty()) {
            throw new BackendFailureException("-D" + INCLUDE_PROPERTY + " and -D" + LIBRARY_PROPERTY
                    + " go together: the folder holding " + HEADER + " and the library that defines its calls");
        }
        Path folder = path(INCLUDE_PROPERTY, include);
        Path file = path(LIBRARY_PROPERTY, library);
        if (!Files.isRegularFile(folder.resolve(HEADER))) {
            throw new BackendFailureException("-D" + INCLUDE_PROPERTY + "=" + include + " holds no " + HEADER);
        }
        if (!Files.isRegularFile(file)) {
            throw new BackendFailureException("-D" + LIBRARY_PROPERTY + "=" + library + " is not a file");
        }
        return new NativeInterface(folder.toAbsolutePath(), HEADER, file.toAbsolutePath(),
                flags.isEmpty() ? List.of() : List.of(flags.split("\\s+")));
    }

    private static Path path(String property, String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new BackendFailureException("-D" + property + "=" + text + " is not a path: " + e.getReason());
        }
    }
}
