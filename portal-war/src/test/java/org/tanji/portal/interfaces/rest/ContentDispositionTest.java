package org.tanji.portal.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {
    @Test
    void theRealNameTravelsAsFilenameStarInUtf8() {
        // RFC 5987 section 3.2.2's example: "€ rates" is UTF-8''%e2%82%ac%20rates
        assertEquals(
                "attachment; filename=\"_ rates\"; filename*=UTF-8''%E2%82%AC%20rates",
                ContentDisposition.attachment("€ rates"));
        // 检 is U+68C0, E6 A3 80 in UTF-8; a quote cannot break out of the plain filename
        assertEquals(
                "attachment; filename=\"_ _x_.pdf\"; filename*=UTF-8''%E6%A3%80%20%22x%5C.pdf",
                ContentDisposition.attachment("检 \"x\\.pdf"));
    }
}
