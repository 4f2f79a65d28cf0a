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
            Role.CERTIFIER, List.of(true, false, true, false),
            Role.ADMIN, List.of(true, true, false, false));

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
    void listQueriesFilterOnTheScope() {
        assertEquals(new Visibility.Scope(true, 0), Visibility.scope(new Viewer(Role.ADMIN, MINE)));
        Visibility.Scope exporter = Visibility.scope(new Viewer(Role.EXPORTER, MINE));
        assertEquals(MINE, exporter.organisation());
        assertEquals(false, exporter.everything());
        assertEquals(false, exporter.contains(THEIRS));
    }
}
