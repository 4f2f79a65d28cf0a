/**
 * The PACT API (WBCSD Technical Specifications for PCF Data Exchange v3) under {@code /api/pact}, over HTTPS only:
 * {@code POST /auth/token}, {@code GET /.well-known/openid-configuration}, {@code GET /3/footprints[/{id}]} and
 * {@code POST /3/events}, with the specification's status codes and error bodies. Clients are an exporter's
 * customers ({@link org.tanji.portal.application.pact.ApiClients}), not portal users.
 */
package org.tanji.portal.interfaces.rest.pact;
