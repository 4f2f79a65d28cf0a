/** The portal's domain: aggregates by sub-package, and what they share. */
package org.tanji.portal.domain.model;
