/** JAX-RS resources under /api, their DTO records, and the exception mappers that answer with RFC 9457 problem+json. */
package org.tanji.portal.interfaces.rest;
