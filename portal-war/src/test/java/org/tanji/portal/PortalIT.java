package org.tanji.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The built portal war in a managed WildFly, called over HTTP as a client would. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/portal.war"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readyWithItsDatabaseMigratedAndTheFactorsLoaded() throws Exception {
        HttpResponse<String> r = get("/api/health/ready");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"database\":\"UP\""), r.body());
        // the shipped datasets hold 4,479 current factors; versions other tests load add theirs
        java.util.regex.Matcher factors =
                java.util.regex.Pattern.compile("\"emissionFactors\":(\\d+)").matcher(r.body());
        assertTrue(factors.find() && Integer.parseInt(factors.group(1)) >= 4479, r.body());
    }

    @Test
    void searchesFactorsInChineseAndEnglish() throws Exception {
        HttpResponse<String> fujian =
                get("/api/factors?year=2023&q=" + URLEncoder.encode("福建", StandardCharsets.UTF_8));
        assertEquals(200, fujian.statusCode(), fujian.body());
        // MEE/NBS 2023 Fujian provincial grid factor: 0.4211 kg CO2/kWh
        assertTrue(fujian.body().startsWith("[{\"id\":\"cn-mee-elec-2023:province-cn-fj\""), fujian.body());
        assertTrue(fujian.body().contains("\"CO2-fossil\":0.4211"), fujian.body());
        HttpResponse<String> gas = get("/api/factors?q=natural%20gas&unit=kWh&region=UK&limit=3");
        assertEquals(200, gas.statusCode());
        assertTrue(gas.body().contains("desnz-2024"), gas.body());
    }

    @Test
    void badInputIsAProblemWithTheFieldPath() throws Exception {
        HttpResponse<String> r = get("/api/factors?unit=furlong");
        assertEquals(400, r.statusCode());
        assertEquals(
                "application/problem+json",
                r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.body().contains("\"field\":\"unit\""), r.body());
        HttpResponse<String> missing = get("/api/factors/no-such-factor");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("no emission factor with id 'no-such-factor'"), missing.body());
    }

    @Test
    void servesTheStartPageTheApiBrowserAndTheOpenApiDocument() throws Exception {
        assertTrue(get("/").body().contains("Tanji 碳迹"));
        assertTrue(get("/api-docs.html").body().contains("swagger-ui-bundle.js"));
        assertTrue(get("/static/api-docs.js").body().contains("SwaggerUIBundle"));
        assertEquals(200, get("/webjars/swagger-ui/5.18.2/swagger-ui-bundle.js").statusCode());
        HttpResponse<String> openapi = get("/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/factors"), openapi.body());
        // the certification API is documented with the rest
        for (String path : java.util.List.of(
                "/api/applications/{id}/steps",
                "/api/applications/{id}/diff",
                "/api/certificates/{number}/surveillances",
                "/api/inbox",
                "/api/conflicts-of-interest",
                "/api/auth/email")) {
            assertTrue(openapi.body().contains(path), path);
        }
    }

    @Test
    void datasetsCarryTheirAttribution() throws Exception {
        HttpResponse<String> r = get("/api/datasets");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Open Government Licence v3.0"), r.body());
    }
}
