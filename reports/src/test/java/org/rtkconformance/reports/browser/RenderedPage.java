package org.rtkconformance.reports.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.fail;

/**
 * A page's DOM as Chromium rendered it, saved beside the screenshots so that a failed check can be
 * looked at; failures name the page and the saved file rather than printing the whole DOM.
 */
final class RenderedPage {

    private final String name;
    private final String dom;
    private final Path saved;

    RenderedPage(String name, String dom, Path directory) {
        this.name = name;
        this.dom = dom;
        this.saved = directory.resolve(name + ".dom.html");
        try {
            Files.createDirectories(directory);
            Files.writeString(saved, dom, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot save the DOM of " + name + " to " + saved + ": " + e.getMessage(), e);
        }
    }

    /** Fails unless the DOM contains {@code text}; {@code what} says what it stands for. */
    RenderedPage shows(String text, String what) {
        if (!dom.contains(text)) {
            fail(name + " does not show " + what + ": '" + text + "' is not in its DOM (saved in " + saved + ")");
        }
        return this;
    }

    /** The DOM text. */
    String dom() {
        return dom;
    }

    /** Where the DOM was saved. */
    Path saved() {
        return saved;
    }
}
