package org.tanji.portal.application;

/** Fired when a certificate is issued, for what follows once the issuing transaction has committed. */
public record CertificateIssued(String number) {}
