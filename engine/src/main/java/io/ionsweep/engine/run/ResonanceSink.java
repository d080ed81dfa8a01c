package io.ionsweep.engine.run;

import io.ionsweep.engine.observables.Resonance;
import java.util.List;

/** Receives the resonances of the configuration being computed (the rows of the resonances table). */
@FunctionalInterface
public interface ResonanceSink {

    /** The configuration's resonances in the window, sorted by energy; empty when it has none. */
    void accept(List<Resonance> resonances);
}
