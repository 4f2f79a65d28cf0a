/**
 * What every HTTP exchange gets, whichever part of the portal answers it: the browser security headers and the
 * refusal of cross-site requests that would act with a visitor's session.
 */
package org.tanji.portal.interfaces.http;
