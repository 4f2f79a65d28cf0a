/** The emission-factor library as an application-wide bean: shipped datasets and the versions loaded since. */
package org.tanji.portal.infrastructure.factors;
