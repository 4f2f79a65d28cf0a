/** The access rule: who may see and act on which organisation's objects. Pure Java, no container. */
package org.tanji.portal.domain.model.access;
