package org.rtkconformance.steps;

import static org.rtkconformance.steps.assertions.ConformanceAssertions.assertThat;

import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.Reading;
import org.rtkconformance.adapter.api.RtkConstants;
import org.rtkconformance.adapter.api.UnicodeString;
import org.rtkconformance.steps.run.Aborts;

import io.cucumber.java.en.Then;

/**
 * Two different names are two objects (OPEN-NAME-7). A port that folds names together (drops a trailing NUL,
 * cuts at an internal limit, rewrites a '/') passes every scenario that uses one name alone; these judgements
 * use both names and the documented calls only. They are built from the existing steps, so each call and
 * each read is recorded and reported as those steps report it.
 */
public final class NameAliasSteps {

    private static final Reading VIEWS_HOLD_REFERENCES = Reading.parse("D-15.B");

    private final World world;
    private final ViewSteps views;
    private final OpenSteps opens;
    private final LifecycleSteps lifecycle;
    private final OutcomeSteps outcomes;

    public NameAliasSteps(World world, ViewSteps views, OpenSteps opens, LifecycleSteps lifecycle,
                          OutcomeSteps outcomes) {
        this.outcomes = outcomes;
        this.world = world;
        this.views = views;
        this.opens = opens;
        this.lifecycle = lifecycle;
    }

    /**
     * Both objects were created by driver A. With views: each holds what was written to it, seen by the creator
     * and by a new opener (driver B) that finds each by name. Without views: closing the only handle to the
     * second destroys it alone, which an alias (one object, two handles) would not.
     */
    @Then("{name} and {name} are two objects")
    public void areTwoObjects(UnicodeString first, UnicodeString second) {
        if (world.backend().has(Capability.VIEW_ACCESS)) {
            judgeByContents(first, second);
        } else {
            judgeByLifetime(first, second);
        }
    }

    /**
     * An over-long name's call (refused, or truncated under D-8.E) must not have touched the object of a legal
     * name: a new open of it still reads its contents. Its size is judged only where introspection can tell it:
     * the bytes past a view are not a documented witness (D-21, and views may lie side by side).
     */
    @Then("a new open of {name} by driver {caller} reads {string}, and the object is still {long} bytes long")
    public void stillUntouched(UnicodeString legal, String caller, String text, long size) {
        opens.opens(caller, legal, RtkConstants.SHM_MAP_READ);
        assertThat(world.lastCall()).succeeded();
        views.reads(caller, text, 0, legal);
        if (world.backend().has(Capability.INTROSPECTION)) {
            outcomes.isLong(legal, size);
        }
    }

    private void judgeByContents(UnicodeString first, UnicodeString second) {
        String firstMark = "first object";
        String secondMark = "second object";
        views.writes("A", firstMark, 0, first);
        views.writeSucceeds();
        views.writes("A", secondMark, 0, second);
        views.writeSucceeds();
        aliasing(first, second, () -> views.reads("A", firstMark, 0, first));
        opens.opens("B", first, RtkConstants.SHM_MAP_READ);
        assertThat(world.lastCall()).succeeded();
        aliasing(first, second, () -> views.reads("B", firstMark, 0, first));
        opens.opens("B", second, RtkConstants.SHM_MAP_READ);
        assertThat(world.lastCall()).succeeded();
        aliasing(first, second, () -> views.reads("B", secondMark, 0, second));
    }

    private void judgeByLifetime(UnicodeString first, UnicodeString second) {
        if (world.backend().has(Capability.UNMAP)) {
            lifecycle.unmaps("A", second);
            assertThat(world.lastCall()).succeeded();
        } else if (world.manifest().declares(VIEWS_HOLD_REFERENCES)) {
            throw Aborts.unsupported("without VIEW_ACCESS the kit tells two objects apart by closing one; backend '"
                    + world.manifest().id() + "' declares D-15.B (views hold the object) and has no UNMAP, so no"
                    + " documented call ends the second object's life");
        }
        lifecycle.closes("A", second);
        assertThat(world.lastCall()).succeeded();
        opens.opens("B", second, RtkConstants.SHM_MAP_WRITE);
        aliasing(first, second, () -> assertThat(world.lastCall()).failed());
        opens.opens("B", first, RtkConstants.SHM_MAP_WRITE);
        assertThat(world.lastCall()).succeeded();
    }

    /** Adds to the message of the check that saw it which two names met in one object. */
    private static void aliasing(UnicodeString first, UnicodeString second, Runnable check) {
        try {
            check.run();
        } catch (AssertionError seen) {
            throw new AssertionError(seen.getMessage() + System.lineSeparator() + "  meaning:  the names "
                    + first.describe() + " and " + second.describe() + " reach one object", seen);
        }
    }
}
