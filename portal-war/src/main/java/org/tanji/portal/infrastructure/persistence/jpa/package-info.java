/** The domain's repositories with JPA: every query of the portal is here. */
package org.tanji.portal.infrastructure.persistence.jpa;
