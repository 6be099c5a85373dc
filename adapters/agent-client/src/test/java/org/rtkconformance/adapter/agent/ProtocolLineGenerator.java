package org.rtkconformance.adapter.agent;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded request lines for fuzzing an agent: well-formed requests with hostile values (built from what earlier
 * replies returned, so real objects, handles and views get exercised), mutations of them, and junk. A line
 * never contains a newline, so every line must get exactly one reply.
 */
final class ProtocolLineGenerator {

    private static final String[] VERBS = {"HELLO", "ATTACH", "DETACH", "CREATE", "OPEN", "UNMAP", "CLOSE", "READ",
        "WRITE", "LIST", "SWEEP", "ECHO", "NAMED", "IRQL", "FAULT", "BYE"};
    private static final String[] NAMES = {"A", "Shared/Data", "a/../b", "..", "/x", "x", "Case", "case"};

    private final SplittableRandom random;
    private final List<String> instances = new ArrayList<>();
    private final List<String> handles = new ArrayList<>();
    private final List<String> locations = new ArrayList<>();
    private long nextId = 1;
    /** The known instance each outstanding request used, by request id. */
    private final java.util.Map<String, String> instanceUsed = new java.util.HashMap<>();

    ProtocolLineGenerator(long seed) {
        random = new SplittableRandom(seed);
    }

    /** Learns instances, handles and locations from a reply, to aim later requests at real state. */
    void learn(String reply) {
        String replyId = reply.startsWith("ERR") ? "" : reply.substring(0, Math.max(0, reply.indexOf(' ')));
        String usedInstance = instanceUsed.remove(replyId);
        if (usedInstance != null && reply.contains("detail=RtssInst%20is%20not")) {
            instances.remove(usedInstance); // detached: stop aiming at it
        }
        for (String token : reply.split(" ")) {
            if (token.startsWith("inst=") && !token.equals("inst=0")) {
                instances.add(token.substring(5)); // all of them: the agent holds at most 64, forgetting one strands it
            } else if (token.startsWith("handle=") && !token.equals("handle=-")) {
                remember(handles, token.substring(7));
            } else if (token.startsWith("location=") && !token.equals("location=-")) {
                remember(locations, token.substring(9));
            }
        }
    }

    private void remember(List<String> list, String value) {
        if (list.size() < 64) {
            list.add(value);
        } else {
            list.set(random.nextInt(list.size()), value);
        }
    }

    /** The next line, without a newline, as bytes (mutations may produce any byte but '\n'). */
    byte[] next() {
        if (instanceUsed.size() > 4096) {
            instanceUsed.clear(); // replies of mutated lines never come back under their id
        }
        int kind = random.nextInt(100);
        String valid = validRequest();
        if (kind < 55) {
            return valid.getBytes(StandardCharsets.US_ASCII);
        }
        // A mutated line may carry a mangled instance: its failure says nothing about the instance it started with.
        instanceUsed.remove(Long.toString(nextId - 1));
        if (kind < 95) {
            return mutate(valid.getBytes(StandardCharsets.US_ASCII));
        }
        return junk();
    }

    private String id() {
        return Long.toString(nextId++);
    }

    private String validRequest() {
        String id = id();
        switch (random.nextInt(16)) {
            case 0: return id + " ATTACH " + hex32();
            case 1: return random.nextInt(4) == 0 ? id + " DETACH " + instance() : id + " ATTACH 1"; // detach rarely: keep instances usable
            case 2: return id + " CREATE " + instance() + " " + bit() + " " + hex32() + " " + (random.nextInt(8) == 0 ? hex32() : "0")
                    + " " + size() + " " + name() + " " + bit();
            case 3: return id + " OPEN " + instance() + " " + bit() + " " + (random.nextInt(6) == 0 ? hex32() : Integer.toString(1 + random.nextInt(2)))
                    + " " + Integer.toHexString(random.nextInt(256)) + " " + name() + " " + bit();
            case 4: return id + " UNMAP " + instance() + " " + location();
            case 5: return id + " CLOSE " + instance() + " " + pick(handles, "104");
            case 6: return id + " READ " + location() + " " + Long.toHexString(offset()) + " " + random.nextInt(300);
            case 7: return id + " WRITE " + location() + " " + Long.toHexString(offset()) + " " + data();
            case 8: return id + " LIST";
            case 9: return id + " ECHO " + Long.toHexString(random.nextLong());
            case 10: return id + " HELLO " + (random.nextInt(4) == 0 ? "rtk-agent/2" : "rtk-agent/1");
            case 12: case 13: return id + " CLOSE " + instance() + " " + pick(handles, "104"); // keep tables moving
            case 14: return id + " UNMAP " + instance() + " " + pick(locations, "0");
            default: return id + " " + VERBS[random.nextInt(VERBS.length)];
        }
    }

    private String instance() {
        if (random.nextInt(10) == 0 || instances.isEmpty()) {
            return Long.toHexString(random.nextLong());
        }
        String known = pick(instances, "0");
        instanceUsed.put(Long.toString(nextId - 1), known);
        return known;
    }

    private String location() {
        int choice = random.nextInt(10);
        if (choice == 0) {
            return Long.toHexString(random.nextLong());
        }
        if (choice == 1) {
            return "0";
        }
        return pick(locations, "1000");
    }

    private long offset() {
        int choice = random.nextInt(10);
        return choice < 7 ? random.nextInt(5000) : choice < 9 ? random.nextInt(1 << 20) : random.nextLong();
    }

    private String size() {
        int choice = random.nextInt(10);
        return choice < 6 ? Integer.toHexString(1 + random.nextInt(8192)) : choice < 8 ? "0" : hex32();
    }

    private String hex32() {
        return Integer.toHexString(random.nextInt());
    }

    private String bit() {
        return random.nextInt(8) == 0 ? "0" : "1";
    }

    private String data() {
        int length = 1 + random.nextInt(random.nextInt(20) == 0 ? 5000 : 16);
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return Hex.bytes(bytes);
    }

    private String name() {
        int choice = random.nextInt(20);
        if (choice == 0) {
            return "-";
        }
        String text;
        if (choice < 12) {
            text = NAMES[random.nextInt(NAMES.length)];
        } else {
            char[] units = new char[random.nextInt(choice == 19 ? 400 : 12)];
            for (int i = 0; i < units.length; i++) {
                units[i] = random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : (char) ('a' + random.nextInt(3));
            }
            text = new String(units);
        }
        char[] buffer = (text + "\u0000").toCharArray();
        int length = text.length() * 2;
        int maximum = length + 2;
        if (random.nextInt(8) == 0) {
            length = random.nextInt(buffer.length * 2 + 1); // odd, short, or over MaximumLength
            maximum = random.nextInt(buffer.length * 2 + 1);
        }
        String lengths = length + ":" + maximum + ":";
        return random.nextInt(30) == 0 ? lengths + "NULL" : lengths + Hex.units(buffer);
    }

    private String pick(List<String> known, String fallback) {
        return known.isEmpty() ? fallback : known.get(random.nextInt(known.size()));
    }

    private byte[] mutate(byte[] line) {
        byte[] mutated = line;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = mutated.length == 0 ? 0 : random.nextInt(mutated.length);
            switch (random.nextInt(5)) {
                case 0: // flip a byte to anything but a newline
                    if (mutated.length > 0) {
                        mutated[at] = notNewline((byte) random.nextInt(256));
                    }
                    break;
                case 1: // cut
                    mutated = java.util.Arrays.copyOf(mutated, at);
                    break;
                case 2: // delete one byte
                    if (mutated.length > 0) {
                        byte[] shorter = new byte[mutated.length - 1];
                        System.arraycopy(mutated, 0, shorter, 0, at);
                        System.arraycopy(mutated, at + 1, shorter, at, mutated.length - at - 1);
                        mutated = shorter;
                    }
                    break;
                case 3: // insert a space, a colon, a digit or a byte
                    byte[] longer = new byte[mutated.length + 1];
                    System.arraycopy(mutated, 0, longer, 0, at);
                    longer[at] = "  :0F-\u0000".getBytes(StandardCharsets.ISO_8859_1)[random.nextInt(7)];
                    System.arraycopy(mutated, at, longer, at + 1, mutated.length - at);
                    mutated = longer;
                    break;
                default: // duplicate the tail
                    byte[] doubled = java.util.Arrays.copyOf(mutated, mutated.length + (mutated.length - at));
                    System.arraycopy(mutated, at, doubled, mutated.length, mutated.length - at);
                    mutated = doubled;
            }
        }
        return mutated;
    }

    private byte[] junk() {
        byte[] bytes = new byte[random.nextInt(random.nextInt(50) == 0 ? 200_000 : 64)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = notNewline((byte) random.nextInt(256));
        }
        return bytes;
    }

    private static byte notNewline(byte b) {
        return b == '\n' ? (byte) ' ' : b;
    }
}
