package org.tanji.portal.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tanji.portal.domain.model.access.Viewer;
import org.tanji.portal.domain.model.access.Visibility;
import org.tanji.portal.domain.model.audit.AuditAction;
import org.tanji.portal.domain.model.audit.AuditEntry;
import org.tanji.portal.domain.model.audit.AuditEvent;
import org.tanji.portal.domain.model.party.Organisation;
import org.tanji.portal.domain.model.party.PortalUser;
import org.tanji.portal.domain.model.party.Role;
import org.tanji.portal.domain.model.party.UnifiedSocialCreditCode;
import org.tanji.portal.domain.model.product.Calculation;
import org.tanji.portal.domain.model.product.EvidenceDocument;
import org.tanji.portal.domain.model.product.Product;
import org.tanji.portal.domain.model.product.ProductVersion;

/**
 * Each repository's queries against H2 in memory, with the schema the Flyway migrations make — no server. Every
 * test runs in a transaction that is rolled back.
 */
class JpaRepositoriesTest {
    private static EntityManagerFactory factory;
    private EntityManager em;
    private JpaOrganisationRepository organisations;
    private JpaPortalUserRepository users;
    private JpaProductRepository products;
    private JpaProductVersionRepository versions;
    private JpaEvidenceRepository evidence;
    private JpaAuditRepository audit;

    @BeforeAll
    static void database() {
        String url = "jdbc:h2:mem:repositories-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        factory = Persistence.createEntityManagerFactory(
                "tanji-repositories-test",
                Map.of(
                        "jakarta.persistence.jdbc.url", url,
                        "jakarta.persistence.jdbc.user", "sa",
                        "jakarta.persistence.jdbc.password", "",
                        "jakarta.persistence.jdbc.driver", "org.h2.Driver"));
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @BeforeEach
    void begin() {
        em = factory.createEntityManager();
        em.getTransaction().begin();
        organisations = new JpaOrganisationRepository();
        organisations.em = em;
        users = new JpaPortalUserRepository();
        users.em = em;
        products = new JpaProductRepository();
        products.em = em;
        versions = new JpaProductVersionRepository();
        versions.em = em;
        evidence = new JpaEvidenceRepository();
        evidence.em = em;
        audit = new JpaAuditRepository();
        audit.em = em;
    }

    @AfterEach
    void rollBack() {
        em.getTransaction().rollback();
        em.close();
    }

    private Organisation organisation(String name, String first17) {
        Organisation o = new Organisation(
                name, first17 + UnifiedSocialCreditCode.checkCharacter(first17), "Xiamen", Organisation.Kind.EXPORTER);
        organisations.add(o);
        return o;
    }

    @Test
    void organisationsAndUsers() {
        Organisation a = organisation("Alpha Exports", "91350200MA8AAAA01");
        assertTrue(organisations.existsWithCreditCode(a.creditCode()));
        assertFalse(organisations.existsWithCreditCode("91350200MA8ZZZZ01X"));
        users.add(new PortalUser(a, "alice", "Alice", "hash", Role.EXPORTER));
        users.add(new PortalUser(a, "amir", "Amir", "hash", Role.EXPORTER));
        assertEquals("alice", users.byLogin("alice").orElseThrow().login());
        assertTrue(users.find(a.id(), "alice").isPresent());
        assertTrue(users.find(a.id() + 1, "alice").isEmpty(), "a login is found only in its organisation");
        assertEquals(
                List.of("alice", "amir"),
                users.of(a.id()).stream().map(PortalUser::login).toList());
        assertEquals(2, users.count());
    }

    @Test
    void productSearchFollowsTheAccessRuleScopeAndTheNameFilter() {
        Organisation a = organisation("Alpha Exports", "91350200MA8AAAA02");
        Organisation b = organisation("Beta Exports", "91350200MA8BBBB02");
        products.add(new Product(a, "LFP battery pack", null));
        products.add(new Product(a, "Office chair", null));
        products.add(new Product(b, "LFP cell", null));
        Visibility.Scope alpha = Visibility.scope(new Viewer(Role.EXPORTER, a.id()));
        Visibility.Scope everything = Visibility.scope(new Viewer(Role.ADMIN, 0));
        assertEquals(2, products.count(alpha, null));
        assertEquals(1, products.count(alpha, "lfp"));
        assertEquals(2, products.count(everything, "LFP"));
        assertEquals(
                List.of("LFP battery pack"),
                products.search(alpha, "lfp", 0, 10).stream().map(Product::name).toList());
        assertEquals(1, products.search(everything, null, 0, 1).size(), "one page of one");
        products.add(new Product(a, "100% recycled_tray", null));
        assertEquals(1, products.count(alpha, "%"), "% is a letter, not a wildcard");
        assertEquals(1, products.count(alpha, "_tray"));
        assertEquals(0, products.count(alpha, "c_air"), "_ is a letter, not any one character");
    }

    @Test
    void draftsAreStoredReplacedAndRemoved() {
        Product p = new Product(organisation("Alpha Exports", "91350200MA8AAAA03"), "Chair", null);
        products.add(p);
        products.saveDraft(p.id(), "{\"v\":1}");
        products.flush();
        products.saveDraft(p.id(), "{\"v\":2}");
        products.flush();
        assertEquals("{\"v\":2}", products.draft(p.id()).orElseThrow().model());
        products.saveDraft(p.id(), null);
        products.flush();
        assertTrue(products.draft(p.id()).isEmpty());
    }

    @Test
    void versionsTheirModelsAndCalculations() {
        Product p = new Product(organisation("Alpha Exports", "91350200MA8AAAA04"), "Chair", null);
        products.add(p);
        assertEquals(0, versions.lastNumber(p));
        ProductVersion v1 = new ProductVersion(p, 1, "a".repeat(64), "alice");
        versions.add(v1, "{\"model\":1}");
        versions.add(new ProductVersion(p, 2, "b".repeat(64), "alice"), "{\"model\":2}");
        assertEquals(2, versions.lastNumber(p));
        assertEquals(
                List.of(1, 2),
                versions.of(p).stream().map(ProductVersion::number).toList());
        assertEquals("{\"model\":1}", versions.modelText(versions.find(p, 1).orElseThrow()));
        assertTrue(versions.find(p, 3).isEmpty());
        Calculation c = new Calculation(
                v1, 12.5, "AR6", "{}", "0.1.0", "c".repeat(64), "{\"total\":12.5}", "d".repeat(64), "alice");
        versions.addCalculation(c);
        assertEquals(12.5, versions.calculation(c.id()).orElseThrow().totalKgCo2e(), 0);
    }

    @Test
    void evidenceKeepsItsBytesApart() {
        Product p = new Product(organisation("Alpha Exports", "91350200MA8AAAA05"), "Chair", null);
        products.add(p);
        byte[] pdf = "%PDF-1.7 test".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        EvidenceDocument d =
                new EvidenceDocument(p, "bill.pdf", "application/pdf", pdf.length, "e".repeat(64), null, "alice");
        evidence.add(d, pdf);
        assertEquals(
                List.of("bill.pdf"),
                evidence.of(p).stream().map(EvidenceDocument::fileName).toList());
        assertArrayEquals(pdf, evidence.content(evidence.find(d.id()).orElseThrow()));
    }

    @Test
    void theAuditChainAppendsBehindItsLockedHead() {
        String previous = audit.lockHead().lastHash();
        AuditEntry e = new AuditEntry(
                AuditEvent.by("alice", "EXPORTER", 1L)
                        .did(AuditAction.PRODUCT_CREATED)
                        .on("product", 7)
                        .build(),
                previous);
        audit.append(e);
        em.flush();
        assertEquals(e.entryHash(), audit.newest(0, 1).get(0).entryHash());
        assertTrue(audit.all().stream().anyMatch(x -> x.entryHash().equals(e.entryHash())));
    }
}
