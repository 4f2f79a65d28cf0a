package org.tanji.portal.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.tanji.portal.domain.model.audit.AuditAction;
import org.tanji.portal.domain.model.product.OwnFactor;
import org.tanji.portal.domain.model.product.OwnFactorRepository;

/**
 * An exporter organisation's own emission factors, for every product of it: each is stated with its source, year and
 * the GWP set its CO2e was made with (never assumed), checked by the engine as a model would use it, and marked as
 * primary data. Only the organisation's own people see them.
 */
@ApplicationScoped
public class OwnFactors {
    private static final Set<String> GWP_SETS = Set.of("AR4", "AR5", "AR6");

    @Inject
    OwnFactorRepository factors;

    @Inject
    FootprintEngine engine;

    @Inject
    AuditLog audit;

    /** The caller's organisation's factors, each as a footprint model's {@code factors} entry. */
    @Transactional
    public List<JsonNode> list(Caller caller) {
        return of(caller.organisationId());
    }

    /** An organisation's factors, for the scheme administrator's console (the resource admits only the admin). */
    @Transactional
    public List<JsonNode> of(long organisationId) {
        return factors.of(organisationId).stream()
                .map(f -> StoredJson.tree(f.definition()))
                .toList();
    }

    /**
     * Adds a factor: {@code name}, {@code unit}, {@code kgCo2ePerUnit} (fossil), {@code gwpSet}, {@code source},
     * {@code year}; answers its definition with the code it gets ({@code own:<organisation>-<n>}).
     */
    @Transactional
    public JsonNode add(
            Caller caller, String name, String unit, double kgCo2ePerUnit, String gwpSet, String source, int year) {
        if (!(kgCo2ePerUnit >= 0) || Double.isInfinite(kgCo2ePerUnit)) {
            throw new InvalidInputException("kgCo2ePerUnit", "must be zero or more, not " + kgCo2ePerUnit);
        }
        if (!GWP_SETS.contains(gwpSet)) {
            throw new InvalidInputException(
                    "gwpSet", "name the GWP set the CO2e was made with: AR4, AR5 or AR6 (it is not assumed)");
        }
        if (year < 1990 || year > 2100) {
            throw new InvalidInputException("year", "the year the value represents, 1990 to 2100, not " + year);
        }
        ObjectNode f = JsonNodeFactory.instance.objectNode();
        f.put("name", name).put("unit", unit);
        f.putObject("co2e").put("fossil", kgCo2ePerUnit);
        f.put("gwpSet", gwpSet).put("source", source).put("year", year).put("primary", true);
        return add(caller, f, name + ": " + kgCo2ePerUnit + " kg CO2e/" + unit + " (" + source + ")");
    }

    /**
     * Adds a factor definition (without {@code id}) under the organisation's next code, once the engine has checked
     * it as a model would use it; {@code detail} is what the audit log says of it.
     */
    @Transactional
    public ObjectNode add(Caller caller, ObjectNode definition, String detail) {
        long organisation = caller.organisationId();
        String code = "own:" + organisation + "-" + (factors.of(organisation).size() + 1);
        ObjectNode f = JsonNodeFactory.instance.objectNode().put("id", code);
        f.setAll(definition);
        check(f);
        factors.add(new OwnFactor(organisation, code, f.toString(), caller.login()));
        audit.record(AuditLog.by(caller)
                .did(AuditAction.OWN_FACTOR_ADDED)
                .on("factor", code)
                .detail(detail)
                .build());
        return f;
    }

    /** The factor as a model would use it, through the engine: a unit it does not know is refused here, not later. */
    private void check(ObjectNode factor) {
        ObjectNode model = JsonNodeFactory.instance.objectNode();
        model.put("format", "tanji-footprint-model/1").put("product", "check").put("systemBoundary", "cradle-to-gate");
        model.putObject("declaredUnit").put("value", 1).put("unit", "piece");
        model.put("rootPart", "p");
        ObjectNode part = model.putArray("parts").addObject().put("id", "p").put("unit", "piece");
        part.putArray("components");
        ObjectNode activity = part.putArray("activities").addObject();
        activity.put("type", "material")
                .put("id", "check")
                .put("factor", factor.get("id").asText());
        activity.putObject("amount")
                .put("value", 1)
                .put("unit", factor.get("unit").asText());
        model.putArray("factors").add(factor);
        try {
            engine.check(model.toString());
        } catch (InvalidInputException e) {
            throw new InvalidInputException("unit", e.getMessage());
        }
    }
}
