package org.rtkconformance.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.rtkconformance.adapter.api.UnicodeString;
import org.rtkconformance.steps.assertions.ConformanceFailure;

/**
 * The concurrency scenarios: races run as many times as the scenario states, each trial judged by the
 * documented calls ({@link ChurnRace}, {@link LastCloseRace}, {@link TerminationRace}). The When step runs
 * the trials and logs what they saw; each Then step judges one property over every trial that ran.
 */
public final class RaceSteps {

    /** More trials than this is a typo in a feature, not a race worth a run's time. */
    private static final int MOST_TRIALS = 10_000;

    private final World world;
    private final List<Participant> racers = new ArrayList<>();
    private Scenario scenario;
    private RaceRecord record;
    /** The third driver of the last-close race, whom its Then step must name. */
    private String thirdOfLastClose;

    public RaceSteps(World world) {
        this.world = world;
    }

    @Before(value = "@concurrency", order = 1)
    public void logTo(Scenario current) {
        this.scenario = current;
    }

    @Given("{int} racing callers are attached to the RTSS")
    public void racingCallers(int count) {
        if (count < 2 || count > 64) {
            throw new IllegalArgumentException("A race needs 2 to 64 racing callers, not " + count);
        }
        for (int i = 1; i <= count; i++) {
            racers.add(CallerSteps.attachNew(world, "R" + i));
        }
    }

    @When("{int} trials run: driver {caller} creates {name} of {int} bytes and writes its mark; the racing callers each open {name} {int} times with {access} and read the mark, then release their handles, the opens racing in odd trials and the releases in even ones; then driver {caller} releases {name}")
    public void churn(int trials, String creator, UnicodeString name, int size, UnicodeString opened, int rounds,
                      int access, String releaser, UnicodeString released) {
        sameCaller(creator, releaser);
        sameObject(name, opened, released);
        if (racers.isEmpty()) {
            throw new IllegalStateException("The racing callers open the object: give the scenario 'Given N racing callers"
                    + " are attached to the RTSS' first");
        }
        if (rounds < 1 || rounds > MOST_TRIALS) {
            throw new IllegalArgumentException("Each racing caller opens 1 to " + MOST_TRIALS + " times, not " + rounds);
        }
        run(racers.size() + " callers opening " + name.describe() + " " + rounds + " times each and releasing it", trials,
                track -> new ChurnRace(track, world.participant(creator), racers, name, size, access, rounds)::trial);
    }

    @When("{int} trials run: driver {caller} creates {name} of {int} bytes, writes its mark and unmaps its view; then driver {caller} closes its handle while driver {caller} opens {name} with {access}")
    public void lastCloseAgainstOpen(int trials, String creator, UnicodeString name, int size, String closer,
                                     String opener, UnicodeString opened, int access) {
        sameCaller(creator, closer);
        sameObject(name, opened);
        Participant third = world.participants().stream()
                .filter(p -> !p.name().equals(creator) && !p.name().equals(opener)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The race needs a third attached driver, to open the object"
                        + " driver " + opener + " got"));
        thirdOfLastClose = third.name();
        run("driver " + creator + "'s last close against driver " + opener + "'s open", trials,
                track -> new LastCloseRace(track, world.participant(creator), world.participant(opener), third, name, size,
                        access)::trial);
    }

    @When("{int} trials run: driver {caller} creates {name} of {int} bytes and writes its mark; a new driver {caller} attaches, and drivers {caller} and {caller} each open {name} twice with {access}; then driver {caller} is terminated while driver {caller} releases both its handles")
    public void terminationAgainstClose(int trials, String creator, UnicodeString name, int size, String victim,
                                        String victimOpening, String closer, UnicodeString opened, int access,
                                        String terminated, String releasing) {
        sameCaller(victim, victimOpening, terminated);
        sameCaller(closer, releasing);
        sameObject(name, opened);
        run("the termination of driver " + victim + " against driver " + closer + "'s releases", trials,
                track -> new TerminationRace(track, world.participant(creator), victim, world.participant(closer), name,
                        size, access)::trial);
    }

    @Then("in every trial every racing open returned STATUS_SUCCESS with driver {caller}'s mark in its view")
    public void racingOpensSucceeded(String creator) {
        judge(RaceRecord.Property.RACING_OPENS, "every racing open returns STATUS_SUCCESS with a view of the live object,"
                + " which shows driver " + creator + "'s mark");
    }

    @Then("in every trial every racing unmap and close returned STATUS_SUCCESS")
    public void racingReleasesSucceeded() {
        judge(RaceRecord.Property.RACING_RELEASES, "every racing RtkUnMapSharedMemory and RtkCloseHandle returns STATUS_SUCCESS");
    }

    @Then("in every trial driver {caller}'s close returned STATUS_SUCCESS")
    public void lastCloseSucceeded(String closer) {
        judge(RaceRecord.Property.LAST_CLOSE, "driver " + closer + "'s RtkCloseHandle returns STATUS_SUCCESS");
    }

    @Then("in every trial driver {caller}'s open either failed as an open of a name nobody has, or gave the live object: driver {caller} read driver {caller}'s mark, and driver {caller} opened {name} and driver {caller} saw driver {caller}'s write")
    public void openAgainstLastClose(String opener, String reader, String creator, String third, UnicodeString name,
                                     String seer, String writer) {
        sameCaller(opener, reader, seer);
        sameCaller(third, writer);
        if (thirdOfLastClose != null && !thirdOfLastClose.equals(third)) {
            throw new IllegalArgumentException("The race's third driver, who opens the object driver " + opener
                    + " got, is driver " + thirdOfLastClose + " (the first attached driver that is neither the closer"
                    + " nor the opener), not driver " + third);
        }
        judge(RaceRecord.Property.OPEN_AGAINST_LAST_CLOSE, "driver " + opener + "'s open fails with the status of a name"
                + " nobody has, or gives the live object: driver " + creator + "'s mark, and driver " + third + "'s open of "
                + name.describe() + " and its writes shared");
    }

    @Then("in every trial {name} still opened with driver {caller}'s mark after the race")
    public void keptAfterRace(UnicodeString name, String creator) {
        judge(RaceRecord.Property.KEPT_AFTER_RACE, "while driver " + creator + " holds its handle, " + name.describe()
                + " opens, with driver " + creator + "'s mark");
    }

    @Then("in every trial {name} no longer opened once driver {caller} had released it")
    public void goneAfterCreatorRelease(UnicodeString name, String creator) {
        judge(RaceRecord.Property.GONE_AFTER_LAST_CLOSE, "driver " + creator + "'s release, the last, destroys "
                + name.describe() + ": it no longer opens");
    }

    @Then("in every trial {name} no longer opened once its last handle was closed")
    public void goneAfterLastClose(UnicodeString name) {
        judge(RaceRecord.Property.GONE_AFTER_LAST_CLOSE, "the last close destroys " + name.describe()
                + ": it no longer opens");
    }

    /** Builds the race on the scenario's track and runs its trials, stopping after the first that breaks a rule. */
    private void run(String race, int trials, java.util.function.Function<Racetrack, IntConsumer> build) {
        if (trials < 1 || trials > MOST_TRIALS) {
            throw new IllegalArgumentException("A race runs 1 to " + MOST_TRIALS + " trials, not " + trials);
        }
        record = new RaceRecord(race, trials);
        try (Racetrack track = new Racetrack(world, record)) {
            IntConsumer trial = build.apply(track);
            for (int n = 1; n <= trials && record.startTrial(n); n++) {
                trial.accept(n);
            }
        } finally {
            if (scenario != null) {
                scenario.log(record.summary());
            }
        }
    }

    private void judge(RaceRecord.Property property, String expected) {
        if (record == null) {
            throw new IllegalStateException("'in every trial ...' judges a race: give the scenario a 'When N trials run:"
                    + " ...' step first");
        }
        record.breachOf(property).ifPresent(breach -> {
            throw new AssertionError(ConformanceFailure.message(world.verdict(), record.summary(), expected, breach));
        });
    }

    private static void sameCaller(String first, String... others) {
        for (String other : others) {
            if (!other.equals(first)) {
                throw new IllegalArgumentException("This race step names one driver in several places: driver " + first
                        + " and driver " + other + " must be the same");
            }
        }
    }

    private static void sameObject(UnicodeString first, UnicodeString... others) {
        for (UnicodeString other : others) {
            if (!other.text().equals(first.text())) {
                throw new IllegalArgumentException("This race step names one object in several places: "
                        + first.describe() + " and " + other.describe() + " must be the same");
            }
        }
    }
}
