package org.rtkconformance.reports.kit;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The kit's version, as the steps module records it at build time. */
public final class KitVersion implements IVersionProvider {

    private static final String RESOURCE = "/org/rtkconformance/steps/kit.properties";

    /** The version, or {@code unknown} when the kit was not built by Maven. */
    public static String get() {
        try (InputStream in = KitVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[]{"rtk-kit " + get() + " (Java " + System.getProperty("java.version") + ")"};
    }
}
