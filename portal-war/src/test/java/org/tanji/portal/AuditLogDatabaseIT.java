package org.tanji.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log in the database itself, on PostgreSQL (the embedded H2 cannot be opened beside the server): the
 * server's own database user cannot change or remove entries, and an entry changed by someone who can (a superuser
 * switching the trigger off) is named by the chain check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(
        named = "it.database.url",
        matches = ".+",
        disabledReason = "needs a database server the test can reach beside WildFly: mvn -Ppostgresql")
class AuditLogDatabaseIT {
    private static final String URL = System.getProperty("it.database.url");

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/portal.war"));
    }

    private Api admin() throws Exception {
        return Api.as(url.toURI(), "admin", ProductApiIT.ADMIN_PASSWORD);
    }

    @Test
    void theServersDatabaseUserMayReadAndAppendButNeverChangeOrRemoveAnEntryOrItsSeal() throws Exception {
        admin(); // a token issued: at least one entry
        try (Connection c = DriverManager.getConnection(URL, "tanji", "tanji");
                Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM audit_log")) {
                assertTrue(r.next() && r.getLong(1) > 0);
            }
            for (String sql :
                    List.of("UPDATE audit_log SET actor = 'mallory'", "DELETE FROM audit_log", "TRUNCATE audit_log")) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertEquals(
                        "42501", refused.getSQLState(), sql + ": " + refused.getMessage()); // insufficient_privilege
            }
        }
    }

    @Test
    void anEntryChangedInTheDatabaseIsNamedByTheChainCheck() throws Exception {
        Api admin = admin();
        // an administrator who signs in to the console in the browser, made before the tampering
        String ada = "audit-ada-" + System.nanoTime();
        new Accounts(url.toURI(), admin)
                .user(ada, "ADMIN", new Accounts(url.toURI(), admin).organisation("Operator " + ada, "OPERATOR"));
        assertTrue(admin.get("/api/audit/verification").json().get("intact").asBoolean());
        // the database's administrator, the one who could: with triggers off for its session only
        try (Connection c = DriverManager.getConnection(URL, "postgres", "")) {
            c.setAutoCommit(false);
            long id;
            String actor;
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT id, actor FROM audit_log ORDER BY id LIMIT 1 OFFSET 1")) {
                assertTrue(r.next());
                id = r.getLong(1);
                actor = r.getString(2);
            }
            setActor(c, id, "mallory");
            try {
                JsonNode check = admin.get("/api/audit/verification").json();
                assertFalse(check.get("intact").asBoolean());
                assertEquals(
                        "entry " + id + " was changed after it was written",
                        check.get("problem").asText());
                consoleShowsTheChainBroken(ada, "entry " + id + " was changed after it was written");
            } finally {
                setActor(c, id, actor);
            }
        }
        assertTrue(admin.get("/api/audit/verification").json().get("intact").asBoolean(), "restored");
    }

    @Test
    void aCheckpointIsAppendOnlyAndOneWhoseSignatureWasChangedIsNamed() throws Exception {
        Api admin = admin();
        admin.post("/api/products", java.util.Map.of("name", "x")); // refused or not, audited: the head moves
        Api.Reply taken = admin.post("/api/audit/checkpoints", null);
        assertTrue(taken.status() == 201 || taken.status() == 204, taken.body());
        long sequence;
        String signature;
        try (Connection c = DriverManager.getConnection(URL, "tanji", "tanji");
                Statement s = c.createStatement()) {
            try (ResultSet r =
                    s.executeQuery("SELECT sequence, signature FROM audit_checkpoint ORDER BY sequence DESC LIMIT 1")) {
                assertTrue(r.next());
                sequence = r.getLong(1);
                signature = r.getString(2);
            }
            for (String sql : List.of("UPDATE audit_checkpoint SET head_hash = 'x'", "DELETE FROM audit_checkpoint")) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertEquals("42501", refused.getSQLState(), sql + ": " + refused.getMessage());
            }
        }
        try (Connection c = DriverManager.getConnection(URL, "postgres", "")) {
            c.setAutoCommit(false);
            // another signature in its place: what someone who rewrote the chain would need, and cannot make
            String other = (signature.charAt(10) == 'A' ? "B" : "A");
            setSignature(c, sequence, signature.substring(0, 10) + other + signature.substring(11));
            try {
                JsonNode check = admin.get("/api/audit/verification").json();
                assertFalse(check.get("intact").asBoolean());
                assertEquals(
                        "checkpoint " + sequence + "'s signature does not verify: it was changed or forged",
                        check.get("problem").asText());
            } finally {
                setSignature(c, sequence, signature);
            }
        }
        assertTrue(admin.get("/api/audit/verification").json().get("intact").asBoolean(), "restored");
    }

    private static void setActor(Connection c, long id, String actor) throws SQLException {
        asSuperuser(c, "UPDATE audit_log SET actor = ? WHERE id = ?", actor, id);
    }

    private static void setSignature(Connection c, long sequence, String signature) throws SQLException {
        asSuperuser(c, "UPDATE audit_checkpoint SET signature = ? WHERE sequence = ?", signature, sequence);
    }

    /** One row changed as the database's administrator, with the append-only triggers off for this transaction. */
    /** The console says so in red, naming the first broken link. */
    private void consoleShowsTheChainBroken(String login, String problem) throws Exception {
        Words words = Words.of("en");
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn(url, "workbench/admin.html#audit", words, login);
            var chain = browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                    org.openqa.selenium.By.cssSelector("#chain.broken")));
            assertTrue(chain.getText().startsWith(words.text("admin.chainBroken")), chain.getText());
            assertTrue(chain.getText().contains(words.text("admin.firstBroken") + " " + problem), chain.getText());
            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("document.getElementById('audit').scrollIntoView()");
            browser.screenshot("admin-audit-broken");
        }
    }

    private static void asSuperuser(Connection c, String update, String value, long key) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL session_replication_role = replica");
        }
        try (PreparedStatement p = c.prepareStatement(update)) {
            p.setString(1, value);
            p.setLong(2, key);
            assertEquals(1, p.executeUpdate());
        }
        c.commit();
    }
}
