package org.rtkconformance.adapter.agent;

import java.util.List;

/**
 * Any other agent: the command in {@value #COMMAND_PROPERTY} (split at whitespace), selected by the id in
 * {@value #ID_PROPERTY} (default {@value #DEFAULT_ID}). The client appends the protocol's own arguments.
 */
public final class ConfiguredAgentProvider extends AgentBackendProvider {

    public static final String COMMAND_PROPERTY = "rtk.agent.command";
    public static final String ID_PROPERTY = "rtk.agent.id";
    public static final String DEFAULT_ID = "agent";

    @Override
    protected String id() {
        String id = System.getProperty(ID_PROPERTY, DEFAULT_ID).trim();
        return id.isEmpty() ? DEFAULT_ID : id;
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
}
