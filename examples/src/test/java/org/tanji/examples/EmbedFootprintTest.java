package org.tanji.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbedFootprintTest {
    @Test
    void printsTheBracketsFootprint() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            EmbedFootprint.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        // 1.2 kg × 2.0 kg CO2/kg + 0.5 kWh × 0.4211 kg CO2/kWh = 2.4 + 0.21055 = 2.61055
        assertEquals(
                "Steel bracket: 2.6106 kg CO2e per 1 piece (one bracket)",
                out.toString(StandardCharsets.UTF_8).strip());
    }
}
