/** The command line: {@code java -jar tanji-cli.jar MODEL} prints a footprint and writes it as JSON. */
package org.tanji.core.cli;
