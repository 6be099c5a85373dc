package org.rtkconformance.adapter.agent;

import java.util.List;
import java.util.Map;

import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.UnicodeString;

/**
 * For {@link SpareCallersTests}: a JVM that starts the posix backend, has one caller create an object and another
 * hold a handle, waits until the fork server's spares are ready, prints every pid (launcher, callers, spares) and
 * its run tag, then ends without closing anything: by exiting ({@code exit}) or by waiting to be killed ({@code kill}).
 */
public final class SpareCallersExitProbe {

    private SpareCallersExitProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        Backend backend = new PosixAgentProvider().start(new BackendContext("spare-exit-probe", "probe", Map.of()));
        Caller p1 = backend.newCaller("P1");
        Caller p2 = backend.newCaller("P2");
        RtssInst inst = p1.rtkRtssAttach(1).instance().value();
        p1.rtkCreateSharedMemory(CreateSharedMemoryCall.of(inst, 64, UnicodeString.of("left")));
        p2.rtkRtssAttach(1);
        String agent = NativeAgentBinary.locate().path().orElseThrow().toString();
        ForkServer server = ForkServer.of(List.of(agent));
        long deadline = System.currentTimeMillis() + 10_000;
        while (childCount(server) < 2 + ForkServer.SPARE_CALLERS && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        System.out.println("PID " + server.launcherPid());
        ProcessHandle.of(server.launcherPid()).orElseThrow().children()
                .forEach(child -> System.out.println("PID " + child.pid()));
        System.out.println("TAG " + RunNamespace.runTag("spare-exit-probe"));
        System.out.println("READY");
        System.out.flush();
        if (args.length > 0 && args[0].equals("kill")) {
            Thread.sleep(60_000);
        }
        System.exit(0);
    }

    private static long childCount(ForkServer server) {
        return ProcessHandle.of(server.launcherPid()).map(p -> p.children().count()).orElse(0L);
    }
}
