package org.tanji.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.measure.Unit;
import org.tanji.core.error.InvalidModelException;
import org.tanji.core.unit.ActivityUnits;

/**
 * A node of the bill of materials — the product, an assembly, a part or a material — with its components (BOM
 * lines to other parts) and its own activities, both per one unit of the part. A part used by several parents
 * is defined once and referenced by id.
 *
 * <pre>{@code
 * Part cell = Part.of("cell", "LFP prismatic cell")
 *     .withActivities(List.of(Input.material("cathode", Amount.of(0.9, "kg"), "lfp-cathode")));
 * Part module = Part.of("module", "battery module").withComponents(List.of(BomLine.of("cell", 16)));
 * }</pre>
 *
 * @param unit what one unit of the part is (piece, kg …)
 * @param allocation null unless the part is a multi-output process
 */
public record Part(
        String id,
        String name,
        Unit<?> unit,
        List<BomLine> components,
        List<Activity> activities,
        Allocation allocation) {

    public Part {
        if (id == null || id.isBlank()) {
            throw new InvalidModelException("a part needs an id");
        }
        name = name == null ? id : name;
        unit = unit == null ? ActivityUnits.PIECE : unit;
        components = List.copyOf(components);
        activities = List.copyOf(activities);
        Set<String> ids = new HashSet<>();
        for (Activity a : activities) {
            if (!ids.add(a.id())) {
                throw new InvalidModelException(
                        "part '" + id + "' has two activities with id '" + a.id() + "'; give each its own id");
            }
        }
    }

    /** A part of one piece with no components or activities yet. */
    public static Part of(String id, String name) {
        return new Part(id, name, ActivityUnits.PIECE, List.of(), List.of(), null);
    }

    public Part withUnit(Unit<?> unit) {
        return new Part(id, name, unit, components, activities, allocation);
    }

    public Part withComponents(List<BomLine> components) {
        return new Part(id, name, unit, components, activities, allocation);
    }

    public Part withActivities(List<Activity> activities) {
        return new Part(id, name, unit, components, activities, allocation);
    }

    public Part withAllocation(Allocation allocation) {
        return new Part(id, name, unit, components, activities, Objects.requireNonNull(allocation));
    }

    /**
     * Units of this part's run per unit of its product: 1 for a single-output part, share ÷ reference amount for a
     * multi-output process.
     */
    public double allocationScale() {
        return allocation == null ? 1 : allocation.share() / allocation.referenceAmount();
    }
}
