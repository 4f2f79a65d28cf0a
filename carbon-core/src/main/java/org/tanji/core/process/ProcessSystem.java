package org.tanji.core.process;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tanji.core.error.InvalidModelException;

/**
 * A whole supply chain as processes. Solve it with {@code SystemSolver.of(system)}; any product in it can be the
 * functional unit, and several demands can be solved against one factorisation.
 */
public record ProcessSystem(String name, List<UnitProcess> processes) {

    public ProcessSystem {
        processes = List.copyOf(processes);
        Set<String> ids = new HashSet<>();
        for (UnitProcess p : processes) {
            if (!ids.add(p.id())) {
                throw new InvalidModelException(
                        "process id '" + p.id() + "' is used twice; give each process its own id");
            }
        }
    }

    public static ProcessSystem of(String name, UnitProcess... processes) {
        return new ProcessSystem(name, List.of(processes));
    }
}
