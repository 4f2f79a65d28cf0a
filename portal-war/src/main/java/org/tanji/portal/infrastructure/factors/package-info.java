/** The emission-factor library as an application-wide bean. */
package org.tanji.portal.infrastructure.factors;
