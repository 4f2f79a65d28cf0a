package org.tanji.portal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
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

/** Bill-of-materials upload and evidence documents: parsing errors, size limits, content types, checksums. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UploadIT {
    @ArquillianResource
    URL url;

    Api exporter;
    long product;
    String etag;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/portal.war"));
    }

    @BeforeEach
    void exporterWithAProduct() throws Exception {
        Api admin = Api.as(url.toURI(), "admin", ProductApiIT.ADMIN_PASSWORD);
        String first17 = "9135020"
                + UUID.randomUUID().toString().replaceAll("[^0-9]", "0").substring(0, 10);
        String code = first17 + org.tanji.portal.domain.model.party.UnifiedSocialCreditCode.checkCharacter(first17);
        long org = admin.post(
                        "/api/organisations",
                        Map.of("legalName", "Upload Co " + code, "creditCode", code, "kind", "EXPORTER"))
                .json()
                .get("id")
                .asLong();
        String login = "uploader-" + code.toLowerCase(java.util.Locale.ROOT);
        assertEquals(
                201,
                admin.post(
                                "/api/organisations/" + org + "/users",
                                Map.of(
                                        "login",
                                        login,
                                        "displayName",
                                        "Uploader",
                                        "role",
                                        "EXPORTER",
                                        "password",
                                        "uploader-password"))
                        .status());
        exporter = Api.as(url.toURI(), login, "uploader-password");
        Api.Reply p = exporter.post("/api/products", Map.of("name", "Office chair"));
        product = p.json().get("id").asLong();
        etag = p.etag();
    }

    private Api.Reply uploadBom(String csv) throws Exception {
        return uploadBom(csv, "cradle-to-gate");
    }

    private Api.Reply uploadBom(String csv, String boundary) throws Exception {
        Map<String, Api.Part> parts = new LinkedHashMap<>();
        parts.put("file", new Api.Part("bom.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        parts.put("declaredUnit", Api.Part.text("1 piece"));
        parts.put("boundary", Api.Part.text(boundary));
        return exporter.multipart("PUT", "/api/products/" + product + "/bom", parts, etag);
    }

    @Test
    void theSystemBoundaryIsANamedOneOrTheStagesItIncludes() throws Exception {
        String shipped = "part,parent,quantity,unit,factor,kind,stage,activity,amount,distance,distance_unit,mode\n"
                + "chair,,1,piece,,,,,,,,\n"
                + "chair,,,kg,desnz-2024:27_320_3229_14,transport,distribution,to Felixstowe,10,19500,km,ship\n";
        Api.Reply moon = uploadBom(shipped, "cradle-to-moon");
        assertEquals(400, moon.status(), moon.body());
        assertEquals("boundary", moon.json().at("/errors/0/field").asText(), moon.body());
        // shipping is outside cradle-to-gate: refused with the way out, not dropped
        Api.Reply gate = uploadBom(shipped, "cradle-to-gate");
        assertEquals(400, gate.status(), gate.body());
        assertTrue(gate.body().contains("widen the system boundary"), gate.body());
        Api.Reply custom = uploadBom(shipped, "raw-material-acquisition,production,distribution");
        assertEquals(200, custom.status(), custom.body());
    }

    @Test
    void aBomSpreadsheetBecomesTheModelAndCalculates() throws Exception {
        Api.Reply r = uploadBom("part,parent,quantity,unit,scrap,factor,kind\nchair,,1,piece,,,\n"
                + "base,chair,2.1,kg,0.04,desnz-2024:19_504_5104_15,material\n"
                + "power,chair,1.8,kWh,,cn-mee-elec-2023:province-cn-fj,electricity\n");
        assertEquals(200, r.status(), r.body());
        assertEquals(
                201,
                exporter.post("/api/products/" + product + "/versions", null).status());
        Api.Reply calc = exporter.post("/api/products/" + product + "/versions/1/calculations", null);
        assertEquals(201, calc.status(), calc.body());
        // DESNZ 2024 primary aluminium 9106.91851 kg CO2e/t, 4 % scrap; MEE 2023 Fujian grid 0.4211 kg CO2/kWh
        assertEquals(
                2.1 / 0.96 * 9.10691851 + 1.8 * 0.4211,
                calc.json().get("totalKgCo2e").asDouble(),
                1e-9);
    }

    @Test
    void anUnknownFactorIsToldAtUploadNotAtTheFirstCalculation() throws Exception {
        Api.Reply r = uploadBom("part,parent,quantity,unit,factor\nchair,,1,piece,\n"
                + "base,chair,2.1,kg,desnz-2024:no-such-factor\n");
        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals("file", r.json().get("errors").get(0).get("field").asText(), r.body());
        assertTrue(r.body().contains("no-such-factor"), r.body());
        // nothing was stored: the product still has no model
        assertEquals(404, exporter.get("/api/products/" + product + "/model").status());
    }

    @Test
    void bomErrorsNameRowAndColumn() throws Exception {
        Api.Reply r = uploadBom("part,parent,quantity,unit\nchair,,1,piece\nleg,chair,-4,piece\n");
        assertEquals(400, r.status(), r.body());
        assertEquals(
                "bom.csv, row 3, column 'quantity'",
                r.json().get("errors").get(0).get("field").asText());
        Map<String, Api.Part> big = Map.of("file", new Api.Part("bom.csv", "text/csv", new byte[6 * 1024 * 1024]));
        assertEquals(
                413,
                exporter.multipart("PUT", "/api/products/" + product + "/bom", big, etag)
                        .status());
    }

    @Test
    void evidenceIsKeptUnchangedWithItsChecksum() throws Exception {
        byte[] pdf = "%PDF-1.7\n% supplier declaration\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Map<String, Api.Part> parts = new LinkedHashMap<>();
        parts.put("file", new Api.Part("电芯供应商声明.pdf", "application/pdf", pdf));
        parts.put("description", Api.Part.text("cell supplier's PCF declaration"));
        Api.Reply r = exporter.multipart("POST", "/api/products/" + product + "/evidence", parts, null);
        assertEquals(201, r.status(), r.body());
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertEquals(sha, r.json().get("sha256").asText());
        var download = exporter.download(
                "/api/products/" + product + "/evidence/" + r.json().get("id").asLong());
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        assertEquals(
                "attachment; filename=\"_______.pdf\"; filename*=UTF-8''"
                        + java.net.URLEncoder.encode("电芯供应商声明", StandardCharsets.UTF_8) + ".pdf",
                download.headers().firstValue("Content-Disposition").orElse(""));
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
        byte[] polyglot = java.util.Arrays.copyOf(pdf, pdf.length + elf.length);
        System.arraycopy(elf, 0, polyglot, pdf.length, elf.length);
        for (byte[] bad : new byte[][] {polyglot, new byte[0]}) {
            Api.Reply refused = exporter.multipart(
                    "POST",
                    "/api/products/" + product + "/evidence",
                    Map.of("file", new Api.Part("declaration.pdf", "application/pdf", bad)),
                    null);
            assertEquals(422, refused.status(), refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        }
        Api.Reply disguised = exporter.multipart(
                "POST",
                "/api/products/" + product + "/evidence",
                Map.of("file", new Api.Part("photo.png", "image/png", pdf)),
                null);
        assertEquals(415, disguised.status());
        assertTrue(disguised.body().contains("was sent as image/png but its content is application/pdf"));
        Api.Reply binary = exporter.multipart(
                "POST",
                "/api/products/" + product + "/evidence",
                Map.of("file", new Api.Part("tool.exe", "application/octet-stream", new byte[] {77, 90, 0, 0})),
                null);
        assertEquals(415, binary.status());
        Api.Reply tooBig = exporter.multipart(
                "POST",
                "/api/products/" + product + "/evidence",
                Map.of("file", new Api.Part("scan.pdf", "application/pdf", new byte[11 * 1024 * 1024])),
                null);
        assertEquals(413, tooBig.status());
    }
}
