package org.rtkconformance.steps.results;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The kit's version, from the resource Maven filters at build time. */
final class KitVersion {

    private KitVersion() {
    }

    static String get() {
        try (InputStream in = KitVersion.class.getResourceAsStream("/org/rtkconformance/steps/kit.properties")) {
            if (in == null) {
                return "unknown (kit.properties missing from the steps jar)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException unreadable) {
            return "unknown (" + unreadable.getMessage() + ")";
        }
    }
}
