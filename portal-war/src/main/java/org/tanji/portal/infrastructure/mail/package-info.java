/** E-mail through WildFly's mail session {@code java:jboss/mail/tanji}, which configure.cli sets up. */
package org.tanji.portal.infrastructure.mail;
