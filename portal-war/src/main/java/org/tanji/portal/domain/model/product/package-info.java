/** Products, their immutable versions (frozen footprint models) and calculations of them. */
package org.tanji.portal.domain.model.product;
