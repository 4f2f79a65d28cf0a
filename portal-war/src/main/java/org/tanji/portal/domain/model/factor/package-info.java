/** Emission-factor dataset versions loaded into the portal after release, kept exactly as uploaded. */
package org.tanji.portal.domain.model.factor;
