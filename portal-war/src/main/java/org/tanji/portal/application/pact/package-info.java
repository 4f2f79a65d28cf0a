/**
 * PCF exchange in the PACT format (WBCSD Technical Specifications v3): the mapping of a certified footprint to a
 * ProductFootprint ({@link org.tanji.portal.application.pact.ProductFootprintMapping}), its publication when a
 * certificate is issued, the exporter's API clients and their access, and the footprints a client may list and get.
 * The HTTP side is in {@code interfaces.rest.pact}.
 */
package org.tanji.portal.application.pact;
