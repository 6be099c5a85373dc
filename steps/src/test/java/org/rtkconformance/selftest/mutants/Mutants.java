package org.rtkconformance.selftest.mutants;

import org.rtkconformance.selftest.naive.NaivePorts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every mutant of the kit: rule mutants, port mutants, then the independent naive ports; ids are unique. */
public final class Mutants {

    private Mutants() {
    }

    /** A fresh list of every mutant (fresh providers, so no manifest or state is shared between sweeps). */
    public static List<Mutant> all() {
        List<Mutant> all = new ArrayList<>(RuleMutants.all());
        all.addAll(PortMutants.all());
        all.addAll(LifetimeMutants.all());
        all.addAll(NameAliasMutants.all());
        all.addAll(FloorMutants.all());
        all.addAll(NaivePorts.all());
        Set<String> ids = new HashSet<>();
        for (Mutant mutant : all) {
            if (!ids.add(mutant.id())) {
                throw new IllegalStateException("Two mutants share the id " + mutant.id());
            }
        }
        return List.copyOf(all);
    }
}
