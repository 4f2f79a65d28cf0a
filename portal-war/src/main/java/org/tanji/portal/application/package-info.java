/** Application services: load, call the domain, store, record in the audit log. Thin by design. */
package org.tanji.portal.application;
