/**
 * Certificates and labels as documents, with iText (AGPL-3.0, the reason portal-war is AGPL): PDF/A-3b, the
 * shipped WenQuanYi Micro Hei font subset into each document, QR codes to the public verification page.
 */
package org.tanji.portal.infrastructure.documents;
