package org.tanji.portal.domain.model.access;

import org.tanji.portal.domain.model.party.Role;

/**
 * THE access rule of the portal's organisation-owned objects (products, versions, calculations, evidence, Monte
 * Carlo jobs): services ask it before they answer, and list queries are built from its {@link Scope}. The REST
 * resources' role annotations stay as the coarse first gate.
 *
 * <ul>
 *   <li>an administrator sees everything and changes none of it;
 *   <li>an exporter sees and acts on its own organisation's objects;
 *   <li>a certifier sees its own organisation's objects (a certification body owns none yet; the certification
 *       workflow adds the cases submitted to it here).
 * </ul>
 *
 * <p>What a viewer may not see does not exist for it: callers answer "not found", never "forbidden".
 *
 * <pre>{@code
 * Viewer v = new Viewer(Role.EXPORTER, 12);
 * Visibility.maySee(v, product);          // true only for organisation 12's products
 * Visibility.scope(v).organisation();     // 12: what a list query filters on
 * }</pre>
 */
public final class Visibility {
    private Visibility() {}

    /** What a viewer sees: everything, or one organisation's objects. */
    public record Scope(boolean everything, long organisation) {
        public boolean contains(long ownerOrganisation) {
            return everything || organisation == ownerOrganisation;
        }
    }

    public static Scope scope(Viewer v) {
        return v.role() == Role.ADMIN ? new Scope(true, 0) : new Scope(false, v.organisationId());
    }

    public static boolean maySee(Viewer v, OwnedByOrganisation object) {
        return scope(v).contains(object.ownerOrganisationId());
    }

    /** Whether the viewer may change the object or start work on it (edit, freeze, calculate, attach, run). */
    public static boolean mayAct(Viewer v, OwnedByOrganisation object) {
        return v.role() != Role.ADMIN && v.organisationId() == object.ownerOrganisationId();
    }
}
