package org.tanji.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every role, in its own organisation kind and in another organisation of that kind, against the same exporter's
 * product and certification case: 401 without a login, 403 where the role has no business, 404 where the object is
 * another organisation's (what one may not see does not exist for it), and the answer where it may. Roles are also
 * refused in organisation kinds they do not belong to.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {
    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/portal.war"));
    }

    private static final String[] CALLERS = {
        "anonymous",
        "exporter (owner)",
        "exporter (another)",
        "verifier (body applied to)",
        "verifier (another body)",
        "reviewer (body applied to)",
        "decision-maker (body applied to)",
        "supervisor",
        "admin"
    };

    @Test
    void everyRoleInEveryOrganisationKindGetsWhatTheAccessRuleSays() throws Exception {
        URI base = url.toURI();
        Api admin = Api.as(base, "admin", ProductApiIT.ADMIN_PASSWORD);
        Accounts accounts = new Accounts(base, admin);
        String run = UUID.randomUUID().toString().substring(0, 8);
        long exporter = accounts.organisation("Matrix Exports " + run, "EXPORTER");
        long otherExporter = accounts.organisation("Other Exports " + run, "EXPORTER");
        long body = accounts.organisation("Matrix Certification " + run, "CERTIFICATION_BODY");
        long otherBody = accounts.organisation("Other Certification " + run, "CERTIFICATION_BODY");
        long regulator = accounts.organisation("Matrix Regulator " + run, "REGULATOR");
        Api alice = accounts.user("m-alice-" + run, "EXPORTER", exporter);
        Api victor = accounts.user("m-victor-" + run, "VERIFIER", body);
        Api rita = accounts.user("m-rita-" + run, "REVIEWER", body);
        Api dora = accounts.user("m-dora-" + run, "DECISION_MAKER", body);
        Api[] callers = {
            Api.anonymous(base),
            alice,
            accounts.user("m-bob-" + run, "EXPORTER", otherExporter),
            victor,
            accounts.user("m-carl-" + run, "VERIFIER", otherBody),
            rita,
            dora,
            accounts.user("m-sam-" + run, "SUPERVISOR", regulator),
            admin
        };

        CertificationPath path = new CertificationPath(alice, body, victor, rita, dora);
        long product = path.calculatedProduct("Matrix battery " + run);
        long application = path.reviewed(product, null);
        String certificate = CertificationPath.step(dora, application, Map.of("action", "APPROVE", "reason", "ok"), 200)
                .get("certificateNumber")
                .asText();

        String p = "/api/products/" + product;
        String a = "/api/applications/" + application;
        String c = "/api/certificates/" + certificate;
        // anonymous, owner, other exporter, verifier, other verifier, reviewer, decider, supervisor, admin
        Object[][] matrix = {
            {"GET", p, new int[] {401, 200, 404, 403, 403, 403, 403, 200, 200}},
            {"GET", p + "/versions", new int[] {401, 200, 404, 403, 403, 403, 403, 200, 200}},
            {"GET", p + "/model", new int[] {401, 200, 404, 403, 403, 403, 403, 200, 200}},
            {"GET", p + "/evidence", new int[] {401, 200, 404, 403, 403, 403, 403, 200, 200}},
            {"GET", "/api/applications", new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200}},
            {"GET", a, new int[] {401, 200, 404, 200, 404, 200, 200, 200, 200}},
            {"GET", a + "/model", new int[] {401, 200, 404, 200, 404, 200, 200, 200, 200}},
            {"GET", a + "/result", new int[] {401, 200, 404, 200, 404, 200, 200, 200, 200}},
            {"GET", c, new int[] {401, 200, 404, 200, 404, 200, 200, 200, 200}},
            {"GET", c + "/surveillances", new int[] {401, 200, 404, 200, 404, 200, 200, 200, 200}},
            {"GET", "/api/organisations", new int[] {401, 403, 403, 403, 403, 403, 403, 403, 200}},
            {"GET", "/api/audit/verification", new int[] {401, 403, 403, 403, 403, 403, 403, 200, 200}},
            {"GET", "/api/public/certificates/" + certificate, new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200}},
        };
        List<String> wrong = new ArrayList<>();
        for (Object[] row : matrix) {
            int[] expected = (int[]) row[2];
            for (int i = 0; i < callers.length; i++) {
                int got = callers[i]
                        .send((String) row[0], (String) row[1], null, null)
                        .status();
                if (got != expected[i]) {
                    wrong.add(row[0] + " " + row[1] + " as " + CALLERS[i] + ": " + got + ", not " + expected[i]);
                }
            }
        }
        // changing a certificate's status is the decision-maker's of the body that issued it, and no one else's,
        // but the scheme's administrator may suspend (and reinstate) one at once
        int[] suspend = {401, 403, 404, 403, 404, 403, 200, 403, 200};
        for (int i = 0; i < callers.length; i++) {
            if (i == 6 || i == 8) {
                continue; // last: they change what the rows above read
            }
            int got = callers[i]
                    .post(c + "/steps", Map.of("action", "SUSPEND", "reason", "matrix"))
                    .status();
            if (got != suspend[i]) {
                wrong.add("POST " + c + "/steps as " + CALLERS[i] + ": " + got + ", not " + suspend[i]);
            }
        }
        assertEquals(
                200,
                admin.post(c + "/steps", Map.of("action", "SUSPEND", "reason", "matrix"))
                        .status());
        assertEquals(
                200,
                admin.post(c + "/steps", Map.of("action", "REINSTATE", "reason", "matrix"))
                        .status());
        assertEquals(
                200,
                dora.post(c + "/steps", Map.of("action", "SUSPEND", "reason", "matrix"))
                        .status());
        assertEquals(List.of(), wrong);

        // a role is given only in the organisation kind it belongs to
        Object[][] misplaced = {
            {exporter, "ADMIN"},
            {exporter, "VERIFIER"},
            {exporter, "SUPERVISOR"},
            {body, "EXPORTER"},
            {body, "ADMIN"},
            {regulator, "EXPORTER"},
            {regulator, "DECISION_MAKER"}
        };
        for (Object[] m : misplaced) {
            Api.Reply r = admin.post(
                    "/api/organisations/" + m[0] + "/users",
                    Map.of(
                            "login",
                            "m-x-" + UUID.randomUUID().toString().substring(0, 8),
                            "displayName",
                            "x",
                            "role",
                            m[1],
                            "password",
                            "a-long-enough-password"));
            assertEquals(400, r.status(), m[1] + " in organisation " + m[0] + ": " + r.body());
        }
    }
}
