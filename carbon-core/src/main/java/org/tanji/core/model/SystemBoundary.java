package org.tanji.core.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Which life-cycle stages a footprint covers. */
public enum SystemBoundary {
  /** Raw materials and production, up to the factory gate: the B2B footprint most exporters declare. */
  CRADLE_TO_GATE(EnumSet.of(LifeCycleStage.RAW_MATERIAL_ACQUISITION, LifeCycleStage.PRODUCTION)),
  /** Only the manufacturer's own production. */
  GATE_TO_GATE(EnumSet.of(LifeCycleStage.PRODUCTION)),
  /** Every stage, through use and end of life: the consumer-label footprint. */
  CRADLE_TO_GRAVE(EnumSet.allOf(LifeCycleStage.class));

  private final Set<LifeCycleStage> stages;

  SystemBoundary(Set<LifeCycleStage> stages) {
    this.stages = stages;
  }

  public boolean includes(LifeCycleStage stage) {
    return stages.contains(stage);
  }

  /** The stages inside this boundary. */
  public Set<LifeCycleStage> stages() {
    return EnumSet.copyOf(stages);
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The boundary for {@code cradle-to-gate}, {@code gate-to-gate} or {@code cradle-to-grave}. */
  public static SystemBoundary ofKey(String key) {
    for (SystemBoundary b : values()) {
      if (b.key().equalsIgnoreCase(key.strip().replace('_', '-'))) {
        return b;
      }
    }
    throw new IllegalArgumentException(
        "unknown system boundary '" + key + "': use cradle-to-gate, gate-to-gate or cradle-to-grave");
  }
}
