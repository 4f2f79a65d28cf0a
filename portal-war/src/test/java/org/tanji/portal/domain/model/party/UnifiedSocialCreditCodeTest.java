package org.tanji.portal.domain.model.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {

    @Test
    void publishedCodesOfRealCompaniesAreValid() {
        // as printed on their business licences: Alibaba (China) Co., Ltd., Huawei Technologies Co., Ltd.,
        // Shenzhen Tencent Computer Systems Co., Ltd.
        assertNull(UnifiedSocialCreditCode.problem("91330100799655058B"));
        assertNull(UnifiedSocialCreditCode.problem("914403001922038216"));
        assertNull(UnifiedSocialCreditCode.problem("9144030071526726XG"));
    }

    @Test
    void wrongCodesSayWhatIsWrong() {
        assertEquals(
                "the check character is 'C' but the first 17 characters give 'B'",
                UnifiedSocialCreditCode.problem("91330100799655058C"));
        assertEquals(
                "a unified social credit code has 18 characters", UnifiedSocialCreditCode.problem("9133010079965"));
        assertEquals(
                "character 9 ('I') is not allowed (0-9 and A-Y without I, O, S, V, Z)",
                UnifiedSocialCreditCode.problem("91330100I99655058B"));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Organisation("X", "91330100799655058C", null, Organisation.Kind.EXPORTER));
    }
}
