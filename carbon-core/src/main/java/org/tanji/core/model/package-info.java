/**
 * The product model: declared unit, system boundary, a multi-level bill of materials of parts, and per part the
 * activities of each life-cycle stage (materials, electricity, fuels, direct emissions, transport, use, end of
 * life). All values are immutable.
 */
package org.tanji.core.model;
