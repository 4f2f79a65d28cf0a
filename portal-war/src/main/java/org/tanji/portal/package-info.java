/** The Tanji portal: a Jakarta EE application on WildFly (AGPL-3.0). */
package org.tanji.portal;
