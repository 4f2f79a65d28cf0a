/**
 * THE certification workflow, as pure Java: the life cycle of an application (engagement) and of a certificate,
 * the roles that act in them, and the separation-of-duties policy every transition passes (ISO 14064-3,
 * ISO/IEC 17029, ISO/IEC 17065). No container is needed to run or test it.
 */
package org.tanji.portal.domain.model.workflow;
