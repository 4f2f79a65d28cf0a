/** Units of activity data (JSR 385 through Indriya): parsing, transport work, pieces and money. */
package org.tanji.core.unit;
