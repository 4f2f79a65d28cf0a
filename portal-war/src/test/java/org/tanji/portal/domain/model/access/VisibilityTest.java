package org.tanji.portal.domain.model.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tanji.portal.domain.model.party.Role;

/** The access rule per role, for an object of the viewer's own organisation and of another one. */
class VisibilityTest {
    private static final long MINE = 12;
    private static final long THEIRS = 99;

    private static OwnedByOrganisation ownedBy(long organisation) {
        return () -> organisation;
    }

    /** role → {sees own, sees other, acts on own, acts on other}. */
    private static final Map<Role, List<Boolean>> RULE = Map.of(
            Role.EXPORTER, List.of(true, false, true, false),
            Role.VERIFIER, List.of(true, false, true, false),
            Role.REVIEWER, List.of(true, false, true, false),
            Role.DECISION_MAKER, List.of(true, false, true, false),
            Role.ADMIN, List.of(true, true, false, false),
            Role.SUPERVISOR, List.of(true, true, false, false));

    /** A case applied for by organisation 12 to body 20. */
    private static final CaseParties CASE = new CaseParties() {
        @Override
        public long applicantOrganisationId() {
            return MINE;
        }

        @Override
        public long certificationBodyId() {
            return 20;
        }
    };

    @Test
    void eachRoleSeesAndActsAsTheRuleSays() {
        RULE.forEach((role, expected) -> {
            Viewer v = new Viewer(role, MINE);
            assertEquals(
                    expected,
                    List.of(
                            Visibility.maySee(v, ownedBy(MINE)),
                            Visibility.maySee(v, ownedBy(THEIRS)),
                            Visibility.mayAct(v, ownedBy(MINE)),
                            Visibility.mayAct(v, ownedBy(THEIRS))),
                    role.name());
        });
    }

    @Test
    void aCaseIsSeenByItsTwoPartiesAndThoseWhoSeeEverything() {
        assertEquals(true, Visibility.maySeeCase(new Viewer(Role.EXPORTER, MINE), CASE));
        assertEquals(false, Visibility.maySeeCase(new Viewer(Role.EXPORTER, THEIRS), CASE));
        assertEquals(true, Visibility.maySeeCase(new Viewer(Role.VERIFIER, 20), CASE));
        assertEquals(false, Visibility.maySeeCase(new Viewer(Role.DECISION_MAKER, 21), CASE), "another body");
        assertEquals(true, Visibility.maySeeCase(new Viewer(Role.SUPERVISOR, 5), CASE));
        assertEquals(true, Visibility.maySeeCase(new Viewer(Role.ADMIN, 1), CASE));
    }

    @Test
    void listQueriesFilterOnTheScope() {
        assertEquals(new Visibility.Scope(true, 0), Visibility.scope(new Viewer(Role.ADMIN, MINE)));
        Visibility.Scope exporter = Visibility.scope(new Viewer(Role.EXPORTER, MINE));
        assertEquals(MINE, exporter.organisation());
        assertEquals(false, exporter.everything());
        assertEquals(false, exporter.contains(THEIRS));
    }
}
