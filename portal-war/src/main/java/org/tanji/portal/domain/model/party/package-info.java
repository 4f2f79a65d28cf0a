/** Organisations (exporters, certification bodies, the operator) and their users. */
package org.tanji.portal.domain.model.party;
