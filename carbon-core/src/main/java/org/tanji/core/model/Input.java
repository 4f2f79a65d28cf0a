package org.tanji.core.model;

import java.util.Objects;
import org.tanji.core.error.InvalidAmountException;

/**
 * A material, packaging, fuel, process input or purchased service, per unit of its part.
 *
 * <p>With {@link RecycledContent} the input splits by the cut-off approach: the virgin share carries the primary
 * material's factor, the recycled share only the recycling process's factor.
 *
 * <pre>{@code
 * Input frame = Input.material("frame", Amount.of(4.2, "kg"), "aluminium-primary")
 *     .withRecycledContent(new RecycledContent(0.35, "aluminium-recycled"));
 * }</pre>
 *
 * @param stage life-cycle stage; null means the kind's default
 * @param recycledContent null when the input has no recycled content
 */
public record Input(
        String id,
        InputKind kind,
        LifeCycleStage stage,
        Amount amount,
        String factorId,
        RecycledContent recycledContent)
        implements Activity {

    public Input {
        Objects.requireNonNull(id, "activity id");
        Objects.requireNonNull(kind, "kind of input " + id);
        stage = stage == null ? kind.defaultStage() : stage;
        amount.requireNonNegative("input '" + id + "'", "the amount");
        if (factorId == null || factorId.isBlank()) {
            throw new InvalidAmountException("input '" + id + "'", "the emission factor (missing)", Double.NaN);
        }
    }

    /** A material input at its default stage (raw material acquisition). */
    public static Input material(String id, Amount amount, String factorId) {
        return new Input(id, InputKind.MATERIAL, null, amount, factorId, null);
    }

    /** An input of any kind at the kind's default stage. */
    public static Input of(String id, InputKind kind, Amount amount, String factorId) {
        return new Input(id, kind, null, amount, factorId, null);
    }

    public Input withStage(LifeCycleStage stage) {
        return new Input(id, kind, stage, amount, factorId, recycledContent);
    }

    public Input withRecycledContent(RecycledContent recycled) {
        return new Input(id, kind, stage, amount, factorId, recycled);
    }

    @Override
    public int lineCount() {
        return recycledContent == null ? 1 : 2;
    }

    @Override
    public double quantity() {
        return amount.value();
    }

    @Override
    public ActivityLine line(int i) {
        if (recycledContent == null) {
            return new ActivityLine(id, amount.value(), amount.unit(), factorId, null, stage);
        }
        double r = recycledContent.share();
        return i == 0
                ? new ActivityLine(
                        id + " (virgin share)", amount.value() * (1 - r), amount.unit(), factorId, null, stage)
                : new ActivityLine(
                        id + " (recycled share, cut-off)",
                        amount.value() * r,
                        amount.unit(),
                        recycledContent.recycledFactorId(),
                        null,
                        stage);
    }

    @Override
    public LifeCycleStage stage(int i) {
        return stage;
    }
}
