package org.rtkconformance.selftest.sweep;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;

/**
 * A plugin that listens to nothing: naming it as the launch's only plugin keeps any plugin configured in
 * a properties file (Allure, the results file) out of sweep and bench launches.
 */
public final class SilentPlugin implements ConcurrentEventListener {

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        // deliberately nothing: sweep launches must leave no report behind
    }
}
