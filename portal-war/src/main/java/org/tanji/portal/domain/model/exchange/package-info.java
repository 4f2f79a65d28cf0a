/**
 * PCF exchange in the PACT format: what an exporter declares about a product for its customers (its exchange
 * profile), the ProductFootprints published from its certificates, and the customers (API clients) allowed to read
 * them, with their tokens.
 */
package org.tanji.portal.domain.model.exchange;
