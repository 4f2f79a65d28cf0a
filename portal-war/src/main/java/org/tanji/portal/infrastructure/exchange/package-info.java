/** PACT events sent to other host systems over HTTPS. */
package org.tanji.portal.infrastructure.exchange;
