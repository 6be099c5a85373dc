package org.rtkconformance.adapter.agent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A deliberately misbehaving agent for the client's failure tests. It greets properly (unless the mode is
 * about the greeting) and then misbehaves on the first real request as its mode says.
 */
public final class FakeAgent {

    private FakeAgent() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String mode = args.length > 0 ? args[0] : "";
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (mode.equals("no-hello")) {
            System.err.println("fake agent: refusing to start (no-hello mode)");
            System.exit(3);
        }
        String hello = in.readLine();
        if (hello == null) {
            return;
        }
        String id = hello.split(" ")[0];
        String version = mode.equals("wrong-version") ? "rtk-agent/2" : "rtk-agent/1";
        out.println(id + " HELLO " + version + " backend=fake vendor=tests product=fake%20agent version=0 "
                + "api=RTX64_2013_SP1 caps=MULTIPLE_CALLERS,CALLER_TERMINATION readings=D-6.A");
        String request;
        while ((request = in.readLine()) != null) {
            String requestId = request.split(" ")[0];
            if (request.endsWith(" BYE")) {
                out.println(requestId + " OK");
                return;
            }
            misbehave(mode, requestId, out);
        }
    }

    private static void misbehave(String mode, String id, PrintStream out) throws IOException, InterruptedException {
        switch (mode) {
            case "crash": // SIGKILL: a JVM would print its own SIGSEGV report to stdout, which is "garbage"
                System.err.println("fake agent: about to die by SIGKILL");
                new ProcessBuilder("kill", "-KILL", Long.toString(ProcessHandle.current().pid())).start().waitFor();
                Thread.sleep(10_000);
                break;
            case "hang":
                System.err.println("fake agent: hanging");
                Thread.sleep(600_000);
                break;
            case "garbage":
                out.println("\u0001\u0002 this is not a reply");
                break;
            case "early-exit":
                System.err.println("fake agent: leaving early");
                System.exit(0);
                break;
            case "wrong-id":
                out.println("999 OK status=00000000 errno=0 inst=1");
                break;
            case "flood":
                byte[] junk = new byte[1 << 20];
                java.util.Arrays.fill(junk, (byte) 'x');
                for (int i = 0; i < 6; i++) {
                    System.out.write(junk);
                }
                System.out.flush();
                Thread.sleep(600_000);
                break;
            case "bad-fields":
                out.println(id + " OK status=ZZZZZZZZ errno=0 inst=1");
                break;
            default:
                out.println(id + " OK status=00000000 errno=0 inst=1");
        }
    }
}
