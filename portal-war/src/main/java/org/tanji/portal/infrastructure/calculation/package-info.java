/** The footprint engine behind the application's port: carbon-core and the factor library, and nothing else. */
package org.tanji.portal.infrastructure.calculation;
