package org.tanji.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load on the certification calls of a running portal: {@code cases} applications taken through the whole path —
 * opened, submitted, accepted, verified, reviewed, approved (each approval issues a certificate) — one phase after
 * the other, each phase's calls sent by {@code clients} concurrent clients over loopback. Prints per phase the
 * calls per second, the median and 99th-percentile latency, and any call not answered 2xx (there should be none).
 * Each call changes one application, so unlike wrk's repeated request every call here is a different write.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.tanji.benchmarks.CertificationLoad \
 *     http://localhost:8080 ADMIN_PASSWORD examples/models/lfp-home-battery-5kwh.json 2000 50 run-1
 * }</pre>
 *
 * {@code portal-war/load/certification-load.sh} starts a server and runs it.
 */
public final class CertificationLoad {
    private static final String PASSWORD = "load-test-password-7";
    private final PortalClient portal;

    CertificationLoad(URI base) {
        this.portal = new PortalClient(base);
    }

    public static void main(String[] args) throws Exception {
        CertificationLoad load = new CertificationLoad(URI.create(args[0]));
        String model = Files.readString(Path.of(args[2]));
        int cases = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 50;
        load.run(args[1], model, cases, clients, args.length > 5 ? args[5] : "load");
    }

    private void run(String adminPassword, String model, int cases, int clients, String run) throws Exception {
        String admin = portal.token("admin", adminPassword);
        // each run's organisations are new ones, with credit codes of their own
        String serial = String.format("%08d", Math.floorMod(run.hashCode(), 100_000_000));
        long exporterOrg = organisation(admin, run + " exporter", creditCode("913502" + serial + "EXP"), "EXPORTER");
        long body = organisation(admin, run + " body", creditCode("123502" + serial + "BDY"), "CERTIFICATION_BODY");
        String exporter = user(admin, exporterOrg, run + "-exporter", "EXPORTER");
        String verifier = user(admin, body, run + "-verifier", "VERIFIER");
        String reviewer = user(admin, body, run + "-reviewer", "REVIEWER");
        String decider = user(admin, body, run + "-decider", "DECISION_MAKER");
        long product = portal.call(
                        exporter, "POST", "/api/products", "{\"name\":\"Load battery\",\"model\":" + model + "}")
                .get("id")
                .asLong();
        portal.call(exporter, "POST", "/api/products/" + product + "/versions", null);
        portal.call(exporter, "POST", "/api/products/" + product + "/versions/1/calculations", null);

        long[] ids = new long[cases];
        String open = "{\"productId\":" + product + ",\"versionNumber\":1,\"certificationBodyId\":" + body + "}";
        phase("open (POST /api/applications)", cases, clients, i -> {
            JsonNode a = portal.call(exporter, "POST", "/api/applications", open);
            ids[i] = a.get("id").asLong();
            return a;
        });
        step("submit", exporter, ids, clients, "{\"action\":\"SUBMIT\"}");
        step("accept", verifier, ids, clients, "{\"action\":\"ACCEPT\"}");
        step(
                "issue statement",
                verifier,
                ids,
                clients,
                "{\"action\":\"ISSUE_STATEMENT\",\"statement\":{\"assurance\":\"REASONABLE\",\"criteria\":\"ISO 14067:2018\","
                        + "\"materialityPercent\":5,\"opinion\":\"UNMODIFIED\",\"text\":\"Fairly stated.\"}}");
        step("start review", reviewer, ids, clients, "{\"action\":\"START_REVIEW\"}");
        step("pass review", reviewer, ids, clients, "{\"action\":\"PASS_REVIEW\"}");
        step("approve (issues the certificate)", decider, ids, clients, "{\"action\":\"APPROVE\",\"reason\":\"ok\"}");
    }

    private void step(String name, String token, long[] ids, int clients, String body) throws Exception {
        phase(
                name + " (POST /api/applications/{id}/steps)",
                ids.length,
                clients,
                i -> portal.call(token, "POST", "/api/applications/" + ids[i] + "/steps", body));
    }

    private interface Call {
        JsonNode run(int i) throws Exception;
    }

    /** Runs {@code n} calls on {@code clients} threads and prints what they took. */
    private static void phase(String name, int n, int clients, Call call) throws Exception {
        long[] nanos = new long[n];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    try {
                        call.run(i);
                    } catch (Exception e) {
                        if (failed.incrementAndGet() <= 3) {
                            System.err.println(name + ": " + e.getMessage());
                        }
                    }
                    nanos[i] = System.nanoTime() - t;
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(nanos);
        System.out.printf(
                "%-55s %6d calls in %6.1f s = %7.1f /s; latency median %6.1f ms, p99 %7.1f ms; failed %d%n",
                name,
                n,
                seconds,
                n / seconds,
                nanos[n / 2] / 1e6,
                nanos[(int) Math.min(n - 1, Math.ceil(n * 0.99) - 1)] / 1e6,
                failed.get());
    }

    /** A new organisation; {@code creditCode} a valid unified social credit code. */
    long organisation(String admin, String name, String creditCode, String kind) throws Exception {
        return portal.call(
                        admin,
                        "POST",
                        "/api/organisations",
                        "{\"legalName\":\"" + name + "\",\"creditCode\":\"" + creditCode + "\",\"kind\":\"" + kind
                                + "\"}")
                .get("id")
                .asLong();
    }

    String user(String admin, long organisation, String login, String role) throws Exception {
        portal.call(
                admin,
                "POST",
                "/api/organisations/" + organisation + "/users",
                "{\"login\":\"" + login + "\",\"displayName\":\"" + login + "\",\"role\":\"" + role
                        + "\",\"password\":\"" + PASSWORD + "\"}");
        return portal.token(login, PASSWORD);
    }

    /** A unified social credit code: {@code first17} and its check character (GB 32100-2015, weights 3^i mod 31). */
    static String creditCode(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return first17 + alphabet.charAt((31 - sum % 31) % 31);
    }
}
