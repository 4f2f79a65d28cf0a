package org.tanji.portal.domain.model.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private final PasswordPolicy policy = PasswordPolicy.STANDARD;

    @Test
    void twelveSpacesOrOneCharacterRepeatedIsNotASecret() {
        assertTrue(policy.problem(" ".repeat(12)).isPresent());
        assertTrue(policy.problem("a".repeat(40)).isPresent());
        assertTrue(policy.problem("abcabcabcabc").isPresent()); // three different characters
    }

    @Test
    void theCommonPasswordsAnAttackerTriesFirstAreRefusedInAnyCase() {
        for (String common : new String[] {"qwerty123456", "123456789012", "ILoveYou1234"}) {
            assertTrue(policy.problem(common).orElse("").contains("most common passwords"), common);
        }
    }

    @Test
    void lengthIsCountedInCharactersAndNoCompositionRuleApplies() {
        assertTrue(policy.problem("short phrase").isEmpty()); // 12 characters, letters and a space only
        assertTrue(policy.problem("shortphrase").isPresent()); // 11
        assertEquals(Optional.empty(), policy.problem("我家在厦门思明区的一条小巷里")); // 14 characters, 42 bytes
        assertTrue(policy.problem("厦门思明区的小巷").isPresent()); // 8 characters, though 24 bytes
        assertTrue(policy.problem("x".repeat(64) + "yzuvw".repeat(13)).isPresent()); // 129
        assertTrue(policy.problem("correct horse battery staple").isEmpty());
    }
}
