package org.tanji.portal.domain.model.access;

/**
 * THE access rule of the portal's objects: services ask it before they answer, and list queries are built from its
 * {@link Scope}. The REST resources' role annotations stay as the coarse first gate.
 *
 * <p>Organisation-owned objects (products, versions, calculations, evidence, Monte Carlo jobs):
 *
 * <ul>
 *   <li>the administrator and the supervisor see everything and change none of it;
 *   <li>anyone else sees and acts on its own organisation's objects only.
 * </ul>
 *
 * <p>Certification cases ({@link CaseParties}: applications and their certificates): the applicant's organisation
 * and the certification body applied to see them, the administrator and the supervisor see all. Who may take which
 * step on a case is the workflow's business ({@code domain.model.workflow}), not this rule's.
 *
 * <p>What a viewer may not see does not exist for it: callers answer "not found", never "forbidden".
 *
 * <pre>{@code
 * Viewer v = new Viewer(Role.EXPORTER, 12);
 * Visibility.maySee(v, product);          // true only for organisation 12's products
 * Visibility.scope(v).organisation();     // 12: what a list query filters on
 * Visibility.maySeeCase(v, application);  // true when 12 applied, or 12 is the body applied to
 * }</pre>
 */
public final class Visibility {
    private Visibility() {}

    /** What a viewer sees: everything, or one organisation's objects (and cases it is a party to). */
    public record Scope(boolean everything, long organisation) {
        public boolean contains(long ownerOrganisation) {
            return everything || organisation == ownerOrganisation;
        }
    }

    public static Scope scope(Viewer v) {
        return v.role().seesEverything() ? new Scope(true, 0) : new Scope(false, v.organisationId());
    }

    public static boolean maySee(Viewer v, OwnedByOrganisation object) {
        return scope(v).contains(object.ownerOrganisationId());
    }

    /** Whether the viewer may change the object or start work on it (edit, freeze, calculate, attach, run). */
    public static boolean mayAct(Viewer v, OwnedByOrganisation object) {
        return !v.role().seesEverything() && v.organisationId() == object.ownerOrganisationId();
    }

    /** Whether the viewer sees a certification case: one of its two parties, or someone who sees everything. */
    public static boolean maySeeCase(Viewer v, CaseParties c) {
        Scope s = scope(v);
        return s.contains(c.applicantOrganisationId()) || s.contains(c.certificationBodyId());
    }
}
