package org.rtkconformance.adapter.api;

/**
 * The product versions a backend can claim, oldest first. Scenarios name the version they need
 * ({@code @since:RTX64_2013_SP1}); a backend that claims an older one reports them UNSUPPORTED.
 */
public enum ApiVersion {
    RTX64_2013("RTX64 2013"),
    RTX64_2013_SP1("RTX64 2013 with Service Pack 1"),
    RTX64_2014("RTX64 2014"),
    RTX64_2015("RTX64 2015"),
    RTX64_2016("RTX64 2016"),
    RTX64_3("RTX64 3.x"),
    RTX64_4("RTX64 4.x"),
    WRTOS_1("MaxRT wRTOS 1.x");

    private final String title;

    ApiVersion(String title) {
        this.title = title;
    }

    /** The product name as the vendor writes it. */
    public String title() {
        return title;
    }

    /** Whether a backend at this version provides what {@code required} introduced. */
    public boolean atLeast(ApiVersion required) {
        return compareTo(required) >= 0;
    }

    /**
     * The version named {@code text} ({@code RTX64_2013_SP1}).
     *
     * @throws IllegalArgumentException listing the known versions
     */
    public static ApiVersion parse(String text) {
        for (ApiVersion version : values()) {
            if (version.name().equalsIgnoreCase(text.trim())) {
                return version;
            }
        }
        throw new IllegalArgumentException("Unknown API version '" + text + "'; known: "
                + java.util.Arrays.toString(values()));
    }
}
