/**
 * Jakarta Security: the users table as identity store (PBKDF2 hashes), and one authentication mechanism for
 * browser sessions and API bearer tokens.
 */
package org.tanji.portal.infrastructure.security;
