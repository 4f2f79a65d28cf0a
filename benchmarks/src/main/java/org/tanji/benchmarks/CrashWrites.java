package org.tanji.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two halves of the crash test ({@code portal-war/load/crash-test.sh}): {@code write} sends a burst of writes
 * from many clients and records every one the server acknowledged (2xx) in a file, line by line and flushed, until
 * the server dies under it; {@code check}, against the restarted server, reads that file and counts the
 * acknowledged writes that are there, that their audit entries are there, and that the audit chain is intact.
 *
 * <p>The writes: a product created with the example model ({@code POST /api/products}, which also writes an audit
 * entry), and for every fourth one a frozen version ({@code POST /api/products/{id}/versions}).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.tanji.benchmarks.CrashWrites write \
 *     http://localhost:8080 ADMIN_PASSWORD examples/models/lfp-home-battery-5kwh.json 32 acknowledged.txt
 * java -cp benchmarks/target/benchmarks.jar org.tanji.benchmarks.CrashWrites check \
 *     http://localhost:8080 ADMIN_PASSWORD acknowledged.txt
 * }</pre>
 */
public final class CrashWrites {
    private static final String LOGIN = "crash-writer";
    private static final String PASSWORD = "crash-writer-password-1";
    private final PortalClient portal;

    private CrashWrites(URI base) {
        this.portal = new PortalClient(base);
    }

    public static void main(String[] args) throws Exception {
        CrashWrites crash = new CrashWrites(URI.create(args[1]));
        if (args[0].startsWith("write")) {
            if (args[0].equals("write")) {
                crash.exporter(args[2]);
            }
            crash.write(Files.readString(Path.of(args[3])), Integer.parseInt(args[4]), Path.of(args[5]));
        } else {
            List<String> acknowledged = new ArrayList<>();
            for (int i = 3; i < args.length; i++) {
                acknowledged.addAll(Files.readAllLines(Path.of(args[i])));
            }
            System.exit(crash.check(args[2], acknowledged) ? 0 : 1);
        }
    }

    /** The exporter organisation and its user that write. */
    private void exporter(String adminPassword) throws Exception {
        String admin = portal.token("admin", adminPassword);
        long org = portal.call(
                        admin,
                        "POST",
                        "/api/organisations",
                        "{\"legalName\":\"Crash test exporter\",\"creditCode\":\""
                                + CertificationLoad.creditCode("91350200MA2XN1C28") + "\",\"kind\":\"EXPORTER\"}")
                .get("id")
                .asLong();
        portal.call(
                admin,
                "POST",
                "/api/organisations/" + org + "/users",
                "{\"login\":\"" + LOGIN + "\",\"displayName\":\"Crash writer\",\"role\":\"EXPORTER\",\"password\":\""
                        + PASSWORD + "\"}");
    }

    private void write(String model, int clients, Path acknowledged) throws Exception {
        String exporter = portal.token(LOGIN, PASSWORD);
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger acked = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(acknowledged, StandardCharsets.UTF_8))) {
            System.out.println("writing; kill the server now and then");
            for (int c = 0; c < clients; c++) {
                int client = c;
                workers.add(pool.submit(() -> {
                    for (int i = 0; ; i++) {
                        String name = "crash " + client + "-" + i;
                        sent.incrementAndGet();
                        JsonNode created;
                        try {
                            created = portal.call(
                                    exporter,
                                    "POST",
                                    "/api/products",
                                    "{\"name\":\"" + name + "\",\"model\":" + model + "}");
                        } catch (IOException serverGone) {
                            return null;
                        }
                        long id = created.get("id").asLong();
                        acknowledge(out, "product " + id + " " + name, acked);
                        if (i % 4 == 0) {
                            sent.incrementAndGet();
                            try {
                                portal.call(exporter, "POST", "/api/products/" + id + "/versions", null);
                            } catch (IOException serverGone) {
                                return null;
                            }
                            acknowledge(out, "version " + id + " 1", acked);
                        }
                    }
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        }
        pool.shutdown();
        System.out.printf(
                "writes sent %d, acknowledged %d (the rest were in flight when the server died)%n",
                sent.get(), acked.get());
    }

    private static void acknowledge(PrintWriter out, String line, AtomicInteger acked) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
        acked.incrementAndGet();
    }

    private boolean check(String adminPassword, List<String> lines) throws Exception {
        String admin = portal.token("admin", adminPassword);
        String exporter = portal.token(LOGIN, PASSWORD);
        Set<String> audited = auditedProducts(admin);
        int products = 0;
        int versions = 0;
        List<String> missing = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split(" ", 3);
            if (f[0].equals("product")) {
                products++;
                PortalClient.Answer a = portal.get(exporter, "/api/products/" + f[1]);
                if (a.status() != 200 || !a.body().get("name").asText().equals(f[2])) {
                    missing.add(line + " (GET answered " + a.status() + ")");
                } else if (!audited.contains(f[1])) {
                    missing.add(line + " (no audit entry)");
                }
            } else {
                versions++;
                PortalClient.Answer a = portal.get(exporter, "/api/products/" + f[1] + "/versions/" + f[2]);
                if (a.status() != 200) {
                    missing.add(line + " (GET answered " + a.status() + ")");
                }
            }
        }
        JsonNode chain = portal.get(admin, "/api/audit/verification").body();
        System.out.printf(
                "acknowledged: %d products, %d versions; missing after the restart: %d%n",
                products, versions, missing.size());
        missing.stream().limit(10).forEach(m -> System.out.println("  missing: " + m));
        System.out.println("audit chain: " + chain);
        return missing.isEmpty() && chain.get("intact").asBoolean();
    }

    /** The ids of every product with a "created product" entry in the audit log. */
    private Set<String> auditedProducts(String admin) throws Exception {
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode entries =
                    portal.get(admin, "/api/audit?size=500&page=" + page).body();
            if (entries.isEmpty()) {
                return ids;
            }
            for (JsonNode e : entries) {
                String subject = e.get("subject").asText();
                if (subject.startsWith("product ") && e.get("action").asText().equals("created product")) {
                    ids.add(subject.substring("product ".length()));
                }
            }
        }
    }
}
