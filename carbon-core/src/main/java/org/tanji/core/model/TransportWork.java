package org.tanji.core.model;

/**
 * The transport behind a transport line, per declared unit: what was carried how far by which mode, and the
 * transport work that gives (tonnes × kilometres × (1 + empty-return share)).
 *
 * @param mode the mode as the model names it ("container ship", "HGV rigid >17 t"); null when not named
 * @param tonnes mass carried per declared unit
 * @param kilometres distance of the leg
 * @param emptyReturnShare share of the distance driven back empty, 0–1
 * @param tonneKilometres transport work per declared unit, the line's amount
 */
public record TransportWork(
        String mode, double tonnes, double kilometres, double emptyReturnShare, double tonneKilometres) {}
