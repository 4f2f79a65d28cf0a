/** Technical services of the portal: persistence, the factor library, start-up. */
package org.tanji.portal.infrastructure;
