/** The append-only, hash-chained audit log: who did what, when. */
package org.tanji.portal.domain.model.audit;
