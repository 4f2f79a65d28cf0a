package org.tanji.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tanji.portal.CertificationPath.step;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Running the scheme over HTTP: the administrator loads a new emission-factor dataset version (new calculations use
 * it, pinned ones keep theirs) and sees which certificates pin which version and an organisation's own factors; the
 * supervisor's statistics per body and product category; a case shows what changed since the product's previous
 * version.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchemeAdministrationIT {

    @ArquillianResource
    URL url;

    URI base;
    Api admin;
    Accounts accounts;
    String run;
    Api exporter;
    long exporterOrganisation;
    long body;
    Api verifier;
    CertificationPath path;
    GridDataset grid;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/portal.war"));
    }

    @BeforeEach
    void accounts() throws Exception {
        base = url.toURI();
        admin = Api.as(base, "admin", ProductApiIT.ADMIN_PASSWORD);
        accounts = new Accounts(base, admin);
        run = UUID.randomUUID().toString().substring(0, 8);
        grid = new GridDataset("grid-" + run);
        exporterOrganisation = accounts.organisation("Fujian Textiles " + run, "EXPORTER");
        exporter = accounts.user("fiona-" + run, "EXPORTER", exporterOrganisation);
        body = accounts.organisation("Minnan Certification " + run, "CERTIFICATION_BODY");
        verifier = accounts.user("vera-" + run, "VERIFIER", body);
        path = new CertificationPath(
                exporter,
                body,
                verifier,
                accounts.user("ray-" + run, "REVIEWER", body),
                accounts.user("dina-" + run, "DECISION_MAKER", body));
    }

    @Test
    void aLoadedDatasetVersionServesNewCalculationsWhilePinnedOnesRecalculateAsBefore() throws Exception {
        String dataset = grid.dataset;
        assertEquals(201, grid.load(admin, "2022", GridDataset.EARLIER).status());
        long product = product("Grid-powered press " + run, "BATTERY");
        long firstCalculation = calculate(product, 1);
        // 1,000 kWh × 0.5703 kg CO2/kWh
        assertEquals(570.3, total(firstCalculation), 1e-9);

        Api.Reply later = grid.load(admin, "2023", GridDataset.LATER);
        assertEquals(201, later.status(), later.body());
        assertEquals(
                dataset + "/2023",
                later.json().get("dataset").asText() + "/"
                        + later.json().get("version").asText());
        edit(product, 1000);
        assertEquals(
                201,
                exporter.post("/api/products/" + product + "/versions", null).status());
        assertEquals(536.6, total(calculate(product, 2)), 1e-9, "new calculations take the newer version");
        Api.Reply again = exporter.get("/api/calculations/" + firstCalculation + "/result");
        assertEquals(200, again.status(), again.body());
        assertEquals(570.3, again.json().get("total").asDouble(), 1e-9, "a pinned calculation keeps its version");

        Api.Reply browse = exporter.get("/api/datasets/" + dataset + "/2022/factors");
        assertEquals(200, browse.status(), browse.body());
        assertEquals(1, browse.json().get("total").asInt());
        assertEquals(
                GridDataset.EARLIER,
                browse.json().at("/items/0/gases").elements().next().asDouble(),
                1e-12,
                browse.body());
        assertTrue(admin.get("/api/audit").body().contains(dataset + "/2023"), "loading is audited");
    }

    @Test
    void aBrokenOrRepeatedDatasetVersionIsRefusedNamingWhatToFix() throws Exception {
        String dataset = grid.dataset;
        byte[] csv = grid.csv(GridDataset.EARLIER);
        Map<String, Object> manifest = grid.manifest("2022", csv);
        manifest.put("sha256", "0".repeat(64));
        Api.Reply tampered = GridDataset.upload(admin, manifest, csv);
        assertEquals(400, tampered.status(), tampered.body());
        assertEquals("file", tampered.json().at("/errors/0/field").asText(), tampered.body());
        assertTrue(tampered.body().contains("SHA-256"), tampered.body());

        Map<String, Object> unlicensed = grid.manifest("2022", csv);
        unlicensed.remove("licence");
        Api.Reply noLicence = GridDataset.upload(admin, unlicensed, csv);
        assertEquals(400, noLicence.status(), noLicence.body());
        assertEquals("manifest", noLicence.json().at("/errors/0/field").asText(), noLicence.body());

        assertEquals(
                404, exporter.get("/api/datasets/" + dataset + "/2022/factors").status(), "nothing was loaded");
        assertEquals(
                403,
                GridDataset.upload(exporter, grid.manifest("2022", csv), csv).status(),
                "only the admin loads");
        assertEquals(201, grid.load(admin, "2022", GridDataset.EARLIER).status());
        Api.Reply twice = grid.load(admin, "2022", GridDataset.LATER);
        assertEquals(400, twice.status(), twice.body());
        assertEquals("manifest", twice.json().at("/errors/0/field").asText(), twice.body());
        assertTrue(twice.body().contains("new version"), twice.body());
    }

    @Test
    void theAdminSeesWhichCertificatesPinWhichVersionAndAnOrganisationsOwnFactors() throws Exception {
        String dataset = grid.dataset;
        assertEquals(201, grid.load(admin, "2022", GridDataset.EARLIER).status());
        long product = product("Press " + run, "METAL_PARTS");
        calculate(product, 1);
        String number = path.certify(product, null);
        Api.Reply pins = admin.get("/api/datasets/pins");
        assertEquals(200, pins.status(), pins.body());
        JsonNode pinned = null;
        for (JsonNode v : pins.json()) {
            if (v.get("key").asText().equals(dataset + "/2022")) {
                pinned = v;
            }
        }
        assertTrue(pinned != null, pins.body());
        assertEquals(number, pinned.at("/certificates/0/number").asText(), pinned.toString());
        assertEquals(
                "Fujian Textiles " + run, pinned.at("/certificates/0/holder").asText());
        assertEquals(403, exporter.get("/api/datasets/pins").status());

        Map<String, Object> own = Map.of(
                "name",
                "Recycled polyester yarn (supplier EPD)",
                "unit",
                "kg",
                "kgCo2ePerUnit",
                2.1,
                "gwpSet",
                "AR6",
                "source",
                "Supplier EPD S-P-01234",
                "year",
                2025);
        assertEquals(201, exporter.post("/api/own-factors", own).status());
        Api.Reply factors = admin.get("/api/organisations/" + exporterOrganisation + "/own-factors");
        assertEquals(200, factors.status(), factors.body());
        assertTrue(factors.body().contains("Supplier EPD S-P-01234"), factors.body());
        assertEquals(404, admin.get("/api/organisations/987654321/own-factors").status());
    }

    @Test
    void theSupervisorsStatisticsCountPerBodyAndCategory() throws Exception {
        long battery = path.calculatedProduct("LFP pack " + run);
        String number = path.certify(battery, null);
        long other = path.calculatedProduct("Second pack " + run);
        long rejected = path.reviewed(other, null);
        step(
                accounts.user("dirk-" + run, "DECISION_MAKER", body),
                rejected,
                Map.of("action", "REJECT", "reason", "the cell factor is not the supplier's"),
                200);
        Api sam = accounts.user("sam-" + run, "SUPERVISOR", accounts.organisation("Regulator " + run, "REGULATOR"));
        Api.Reply stats = sam.get("/api/statistics");
        assertEquals(200, stats.status(), stats.body());
        JsonNode mine = null;
        for (JsonNode g : stats.json().get("byBody")) {
            if (g.get("key").asText().equals(String.valueOf(body))) {
                mine = g;
            }
        }
        assertTrue(mine != null, stats.body());
        assertEquals("Minnan Certification " + run, mine.get("name").asText());
        assertEquals(2, mine.get("applications").asInt());
        assertEquals(1, mine.get("approved").asInt());
        assertEquals(1, mine.get("rejected").asInt());
        assertEquals(0.5, mine.get("rejectionRate").asDouble(), 1e-12);
        assertEquals(1, mine.get("validCertificates").asInt());
        double certified =
                sam.get("/api/certificates/" + number).json().get("totalKgCo2e").asDouble();
        assertEquals(certified, mine.at("/footprints/0/meanKgCo2e").asDouble(), 1e-9);
        assertTrue(mine.at("/footprints/0/declaredUnit").asText().startsWith("1 piece"), mine.toString());
        assertTrue(stats.json().get("definitions").asText().contains("per declared unit"));
        assertEquals(403, exporter.get("/api/statistics").status());
        assertEquals(403, verifier.get("/api/statistics").status());
    }

    @Test
    void aCaseShowsWhatChangedSinceTheProductsPreviousVersion() throws Exception {
        String dataset = grid.dataset;
        assertEquals(201, grid.load(admin, "2022", GridDataset.EARLIER).status());
        long product = product("Press " + run, null);
        calculate(product, 1);
        long first = path.apply(product, 1, null);
        step(exporter, first, Map.of("action", "WITHDRAW"), 200);
        edit(product, 1500);
        assertEquals(
                201,
                exporter.post("/api/products/" + product + "/versions", null).status());
        calculate(product, 2);
        long second = path.apply(product, 2, null);
        step(exporter, second, Map.of("action", "SUBMIT"), 200);

        Api.Reply since = verifier.get("/api/applications/" + second + "/since-previous-version");
        assertEquals(200, since.status(), since.body());
        assertEquals(1, since.json().get("from").asInt());
        assertEquals(2, since.json().get("to").asInt());
        assertEquals(570.3, since.json().at("/comparison/totalBefore").asDouble(), 1e-9);
        assertEquals(855.45, since.json().at("/comparison/totalAfter").asDouble(), 1e-9); // 1,500 kWh × 0.5703
        assertTrue(since.json().at("/comparison/model").toString().contains("1500"), since.body());
        assertEquals(
                204,
                exporter.get("/api/applications/" + first + "/since-previous-version")
                        .status());
    }

    private long product(String name, String category) throws Exception {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        if (category != null) {
            p.put("category", category);
        }
        p.put("model", grid.model(1000));
        Api.Reply created = exporter.post("/api/products", p);
        assertEquals(201, created.status(), created.body());
        if (category != null) {
            assertEquals(category, created.json().get("category").asText());
        }
        long id = created.json().get("id").asLong();
        assertEquals(
                201, exporter.post("/api/products/" + id + "/versions", null).status());
        return id;
    }

    private void edit(long product, double kWh) throws Exception {
        Api.Reply now = exporter.get("/api/products/" + product);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", now.json().get("name").asText());
        p.put("model", grid.model(kWh));
        Api.Reply edited = exporter.put("/api/products/" + product, p, now.etag());
        assertEquals(200, edited.status(), edited.body());
    }

    private long calculate(long product, int version) throws Exception {
        Api.Reply r = exporter.post("/api/products/" + product + "/versions/" + version + "/calculations", null);
        assertEquals(201, r.status(), r.body());
        return r.json().get("id").asLong();
    }

    private double total(long calculation) throws Exception {
        return exporter.get("/api/calculations/" + calculation)
                .json()
                .get("totalKgCo2e")
                .asDouble();
    }
}
