package org.rtkconformance.steps;

import io.cucumber.java.en.Given;
import org.rtkconformance.adapter.api.Fault;

/** Conditions a healthy system rarely shows, forced through fault injection to reach the rarer failure codes. */
public final class FaultSteps {

    private final World world;

    public FaultSteps(World world) {
        this.world = world;
    }

    @Given("the backend is forced into {fault}")
    public void forced(Fault fault) {
        world.backend().faults().inject(fault);
        world.faultForced();
    }
}
