package org.rtkconformance.steps.run;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Allure history id of a scenario run against one backend. The Cucumber adapter's own id ignores
 * the backend, so runs against two backends would collapse into one result with "retries".
 */
public final class AllureHistoryId {

    private AllureHistoryId() {
    }

    /**
     * The id of scenario {@code name} at {@code line} of {@code uri} (the example row's line for an
     * outline) on backend {@code backendId}.
     */
    public static String of(String backendId, URI uri, int line, String name) {
        String key = backendId + "\n" + uri + ":" + line + "\n" + name;
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("The JDK lacks MD5, which every Java platform must provide", missing);
        }
    }
}
