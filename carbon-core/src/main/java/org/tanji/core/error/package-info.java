/**
 * Named exceptions for bad input. Each message says what is wrong, where (line, part, file, row, column) and how to
 * fix it; nothing is computed silently from bad data.
 */
package org.tanji.core.error;
