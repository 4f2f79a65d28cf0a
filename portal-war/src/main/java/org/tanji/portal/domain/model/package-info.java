/**
 * The portal's domain: aggregates by sub-package (their entities, value objects and repository interfaces), the
 * access rule, and what they share. It imports nothing of Jakarta EE but the persistence annotations its entities
 * carry, and nothing of the application, infrastructure or interfaces (PortalArchitectureTest).
 */
package org.tanji.portal.domain.model;
