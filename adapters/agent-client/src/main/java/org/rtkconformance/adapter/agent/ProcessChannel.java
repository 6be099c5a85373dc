package org.rtkconformance.adapter.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

/** An agent that is a child process of this JVM, spoken to over its stdin and stdout. */
final class ProcessChannel implements AgentChannel {

    private final Process process;
    private final String command;

    ProcessChannel(Process process, String command) {
        this.process = process;
        this.command = command;
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public InputStream replies() {
        return process.getInputStream();
    }

    @Override
    public OutputStream requests() {
        return process.getOutputStream();
    }

    @Override
    public InputStream diagnostics() {
        return process.getErrorStream();
    }

    @Override
    public String noDiagnostics() {
        return "(empty)";
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public boolean awaitEnd(long millis) {
        try {
            return process.waitFor(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String endText() {
        if (awaitEnd(200)) {
            int code = process.exitValue();
            return code > 128 ? " (killed by signal " + (code - 128) + ")" : " (exit code " + code + ")";
        }
        return "";
    }

    @Override
    public void kill() {
        process.destroyForcibly();
        awaitEnd(5000);
    }

    @Override
    public void abandon() {
        process.destroyForcibly();
        awaitEnd(1000);
    }

    @Override
    public void closeRequests() {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // closing a dead pipe
        }
    }

    @Override
    public String describe() {
        return command;
    }
}
