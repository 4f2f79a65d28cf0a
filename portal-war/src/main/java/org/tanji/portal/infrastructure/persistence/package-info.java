/** The portal's database: Flyway migrations (resources/db/migration) run at start-up on the TanjiDS datasource. */
package org.tanji.portal.infrastructure.persistence;
