package org.rtkconformance.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_SUCCESS;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_READ;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.UnicodeString;

class ConcurrencyTests {

    private static final int CALLERS = 8;
    private static final int ROUNDS = 300;

    @Test
    @Timeout(60)
    void many_callers_opening_and_closing_concurrently_keep_the_counts_exact() throws Exception {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver creator = world.driver("creator");
            creator.create("shared", 4096);
            List<TestWorld.Driver> drivers = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                drivers.add(world.driver("driver-" + i));
            }
            CyclicBarrier start = new CyclicBarrier(CALLERS);
            ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
            List<Future<Set<Handle>>> held = new ArrayList<>();
            for (TestWorld.Driver driver : drivers) {
                held.add(pool.submit(churn(driver, start)));
            }
            Set<Handle> kept = new HashSet<>();
            for (Future<Set<Handle>> future : held) {
                kept.addAll(future.get(50, TimeUnit.SECONDS));
            }
            pool.shutdown();

            int keptPerCaller = ROUNDS / 3;
            assertThat(kept).as("handle values unique across callers").hasSize(CALLERS * keptPerCaller);
            assertThat(world.backend.introspection().lookup(UnicodeString.of("shared")).orElseThrow().handleCount())
                    .isEqualTo(1 + CALLERS * keptPerCaller);
            for (TestWorld.Driver driver : drivers) {
                assertThat(world.handles(driver)).isEqualTo(keptPerCaller);
                assertThat(world.views(driver)).isEqualTo(keptPerCaller);
            }
            assertThat(world.backend.introspection().liveObjects()).hasSize(1);
        }
    }

    /** Opens ROUNDS times, each with its own object too; keeps every third handle, closes the rest. */
    private static Callable<Set<Handle>> churn(TestWorld.Driver driver, CyclicBarrier start) {
        return () -> {
            start.await();
            Set<Handle> kept = new HashSet<>();
            for (int round = 0; round < ROUNDS; round++) {
                SharedMemoryResult opened = driver.open("shared", SHM_MAP_READ);
                assertThat(opened.status()).isEqualTo(STATUS_SUCCESS);
                String own = driver.caller.name() + "-" + round;
                SharedMemoryResult created = driver.create(own, 64);
                assertThat(created.status()).isEqualTo(STATUS_SUCCESS);
                assertThat(driver.unmap(created)).isEqualTo(STATUS_SUCCESS);
                assertThat(driver.close(created)).isEqualTo(STATUS_SUCCESS);
                if (round % 3 == 0) {
                    kept.add(opened.handle().value());
                } else {
                    assertThat(driver.unmap(opened)).isEqualTo(STATUS_SUCCESS);
                    assertThat(driver.close(opened)).isEqualTo(STATUS_SUCCESS);
                }
            }
            return kept;
        };
    }

    @Test
    @Timeout(60)
    void callers_terminating_concurrently_release_exactly_their_own_references() throws Exception {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver creator = world.driver("creator");
            creator.create("shared", 4096);
            List<TestWorld.Driver> drivers = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                TestWorld.Driver driver = world.driver("driver-" + i);
                for (int j = 0; j < 10; j++) {
                    driver.open("shared", SHM_MAP_READ);
                }
                drivers.add(driver);
            }
            ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < CALLERS; i += 2) {
                TestWorld.Driver victim = drivers.get(i);
                TestWorld.Driver survivor = drivers.get(i + 1);
                done.add(pool.submit(() -> victim.caller.terminate()));
                done.add(pool.submit(() -> survivor.open("shared", SHM_MAP_READ)));
            }
            for (Future<?> future : done) {
                future.get(50, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertThat(world.backend.introspection().lookup(UnicodeString.of("shared")).orElseThrow().handleCount())
                    .isEqualTo(1 + (CALLERS / 2) * 11);
        }
    }
}
