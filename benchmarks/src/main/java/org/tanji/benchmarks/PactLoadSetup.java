package org.tanji.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prepares the PACT load test: an exporter with PRODUCTS certified products (the example model), each declared for
 * exchange so that its certificate is published as a ProductFootprint, and one customer registered as an API client
 * granted them all. Prints the client id, its secret and one footprint's product id on one line.
 *
 * <pre>java -cp benchmarks.jar org.tanji.benchmarks.PactLoadSetup http://localhost:8080 ADMINPASSWORD model.json 200</pre>
 */
public final class PactLoadSetup {
    private PactLoadSetup() {}

    public static void main(String[] args) throws Exception {
        CertificationLoad load = new CertificationLoad(URI.create(args[0]));
        PortalClient portal = new PortalClient(URI.create(args[0]));
        String model = Files.readString(Path.of(args[2]));
        int products = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        String admin = portal.token("admin", args[1]);
        String serial = String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000));
        long exporterOrg = load.organisation(
                admin, "PACT exporter", CertificationLoad.creditCode("913502" + serial + "PCT"), "EXPORTER");
        long body = load.organisation(
                admin, "PACT body", CertificationLoad.creditCode("123502" + serial + "PCB"), "CERTIFICATION_BODY");
        String exporter = load.user(admin, exporterOrg, "pact-exporter-" + serial, "EXPORTER");
        String verifier = load.user(admin, body, "pact-verifier-" + serial, "VERIFIER");
        String reviewer = load.user(admin, body, "pact-reviewer-" + serial, "REVIEWER");
        String decider = load.user(admin, body, "pact-decider-" + serial, "DECISION_MAKER");
        StringBuilder granted = new StringBuilder();
        String firstGtin = null;
        for (int i = 0; i < products; i++) {
            long product = portal.call(
                            exporter,
                            "POST",
                            "/api/products",
                            "{\"name\":\"Battery " + i + "\",\"category\":\"BATTERY\",\"model\":" + model + "}")
                    .get("id")
                    .asLong();
            portal.call(exporter, "POST", "/api/products/" + product + "/versions", null);
            portal.call(exporter, "POST", "/api/products/" + product + "/versions/1/calculations", null);
            long application = portal.call(
                            exporter,
                            "POST",
                            "/api/applications",
                            "{\"productId\":" + product + ",\"versionNumber\":1,\"certificationBodyId\":" + body + "}")
                    .get("id")
                    .asLong();
            step(portal, exporter, application, "{\"action\":\"SUBMIT\"}");
            step(portal, verifier, application, "{\"action\":\"ACCEPT\"}");
            step(
                    portal,
                    verifier,
                    application,
                    "{\"action\":\"ISSUE_STATEMENT\",\"statement\":{\"assurance\":"
                            + "\"REASONABLE\",\"criteria\":\"ISO 14067:2018\",\"materialityPercent\":5,\"opinion\":\"UNMODIFIED\","
                            + "\"text\":\"Fairly stated.\"}}");
            step(portal, reviewer, application, "{\"action\":\"START_REVIEW\"}");
            step(portal, reviewer, application, "{\"action\":\"PASS_REVIEW\"}");
            step(portal, decider, application, "{\"action\":\"APPROVE\",\"reason\":\"ok\"}");
            String gtin = "urn:gtin:0690" + serial + String.format("%04d", i);
            firstGtin = firstGtin == null ? gtin : firstGtin;
            portal.call(
                    exporter,
                    "PUT",
                    "/api/products/" + product + "/exchange",
                    "{\"productMassPerDeclaredUnit\":\"62.5\",\"productIds\":[\"" + gtin + "\"],"
                            + "\"geography\":\"CN-FJ\",\"fossilCarbonContent\":\"0\"}");
            granted.append(granted.length() == 0 ? "" : ",").append(product);
        }
        JsonNode client = portal.call(exporter, "POST", "/api/pact-clients", "{\"name\":\"Load customer\"}");
        long key = client.path("client").path("id").asLong();
        portal.call(exporter, "PUT", "/api/pact-clients/" + key + "/products", "{\"productIds\":[" + granted + "]}");
        System.out.println(client.path("clientId").asText() + " "
                + client.path("clientSecret").asText() + " " + firstGtin);
    }

    private static void step(PortalClient portal, String token, long application, String body) throws Exception {
        portal.call(token, "POST", "/api/applications/" + application + "/steps", body);
    }
}
