package org.tanji.core.calc.solver;

import java.util.List;

/**
 * Flows between processes for a Sankey diagram — data only; drawing is the portal's job. A node's upstream total
 * is the footprint of everything it makes for the demand; a link carries the product from provider to consumer
 * and the kg CO2e embodied in it.
 */
public record SankeyGraph(List<Node> nodes, List<Link> links) {

    public record Node(String process, String name, double directKgCo2e, double upstreamKgCo2e) {}

    public record Link(String from, String to, String product, double amount, String unit, double kgCo2e) {}
}
