package org.rtkconformance.adapter.agent;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * A Wine agent process: the Linux process is the Windows process, so a SIGKILL ends it as the system ends a process;
 * but the wine server releases its handles asynchronously, so {@link #kill()} also waits for that release.
 */
final class WineProcessChannel implements AgentChannel {

    private final ProcessChannel process;
    private final Runnable awaitRelease;

    WineProcessChannel(ProcessChannel process, Runnable awaitRelease) {
        this.process = process;
        this.awaitRelease = awaitRelease;
    }

    @Override
    public void kill() {
        process.kill();
        awaitRelease.run();
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public InputStream replies() {
        return process.replies();
    }

    @Override
    public OutputStream requests() {
        return process.requests();
    }

    @Override
    public InputStream diagnostics() {
        return process.diagnostics();
    }

    @Override
    public String noDiagnostics() {
        return process.noDiagnostics();
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public boolean awaitEnd(long millis) {
        return process.awaitEnd(millis);
    }

    @Override
    public String endText() {
        return process.endText();
    }

    @Override
    public void abandon() {
        process.abandon();
    }

    @Override
    public void closeRequests() {
        process.closeRequests();
    }

    @Override
    public String describe() {
        return process.describe();
    }
}
