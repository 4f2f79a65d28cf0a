package org.tanji.portal.domain.model.party;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which roles each kind of organisation's users may hold. */
class OrganisationKindTest {
    @Test
    void eachRoleBelongsToOneKind() {
        for (Organisation.Kind kind : Organisation.Kind.values()) {
            List<Role> allowed =
                    Arrays.stream(Role.values()).filter(kind::allows).toList();
            List<Role> expected = switch (kind) {
                case EXPORTER -> List.of(Role.EXPORTER);
                case CERTIFICATION_BODY -> List.of(Role.VERIFIER, Role.REVIEWER, Role.DECISION_MAKER);
                case OPERATOR -> List.of(Role.ADMIN);
                case REGULATOR -> List.of(Role.SUPERVISOR);
            };
            assertEquals(expected, allowed, kind.name());
        }
    }
}
