package org.tanji.core.calc;

import org.tanji.core.factor.EmissionCategory;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.Gas;
import org.tanji.core.factor.GwpSet;
import org.tanji.core.factor.Provenance;

/**
 * Published emission factors typed from their documents, for tests whose expected numbers are worked by hand.
 */
final class PublishedFactors {
    private static final Provenance DESNZ_2024 = new Provenance(
            "UK Government GHG Conversion Factors for Company Reporting 2024 (DESNZ/Defra)",
            "desnz-2024",
            "1.1",
            "UK",
            2024,
            "OGL-UK-3.0");

    /** DESNZ 2024, Material use, aluminium cans and foil, primary material production: 9106.91851 kg CO2e/t. */
    static final EmissionFactor ALUMINIUM_PRIMARY = EmissionFactor.builder("aluminium-primary", "t")
            .co2e(EmissionCategory.FOSSIL, 9106.91851, GwpSet.AR5)
            .provenance(DESNZ_2024)
            .build();

    /** DESNZ 2024, aluminium cans and foil, closed-loop source: 990.4781 kg CO2e/t. */
    static final EmissionFactor ALUMINIUM_CLOSED_LOOP = EmissionFactor.builder("aluminium-closed-loop", "t")
            .co2e(EmissionCategory.FOSSIL, 990.4781, GwpSet.AR5)
            .provenance(DESNZ_2024)
            .build();

    /** DESNZ 2024, HGV (all diesel), rigid >17 t, average laden: 0.15398 kg CO2e/t·km. */
    static final EmissionFactor HGV_RIGID_17T = EmissionFactor.builder("hgv-rigid-17t", "tonne.km")
            .co2e(EmissionCategory.FOSSIL, 0.15398, GwpSet.AR5)
            .provenance(DESNZ_2024)
            .build();

    /** DESNZ 2024, Diesel (average biofuel blend): 2.51279 kg CO2e/litre. */
    static final EmissionFactor DIESEL_LITRE = EmissionFactor.builder("diesel-litre", "litres")
            .co2e(EmissionCategory.FOSSIL, 2.51279, GwpSet.AR5)
            .provenance(DESNZ_2024)
            .build();

    /** China MEE/NBS 2023 Fujian provincial average grid factor: 0.4211 kg CO2/kWh (published 2025). */
    static final EmissionFactor FUJIAN_GRID_2023 = EmissionFactor.builder("cn-fj-grid-2023", "kWh")
            .gas(Gas.CO2_FOSSIL, 0.4211)
            .provenance(new Provenance(
                    "MEE/NBS electricity CO2 emission factors 2023",
                    "cn-mee",
                    "2023",
                    "CN-FJ",
                    2023,
                    "public information"))
            .build();

    /** A zero-emission market instrument (a green electricity certificate claims 0 kg CO2/kWh). */
    static final EmissionFactor GREEN_CERTIFICATE = EmissionFactor.builder("green-certificate", "kWh")
            .gas(Gas.CO2_FOSSIL, 0)
            .provenance(Provenance.primaryData("GEC certificates retired for the plant"))
            .primary(true)
            .build();

    private PublishedFactors() {}
}
