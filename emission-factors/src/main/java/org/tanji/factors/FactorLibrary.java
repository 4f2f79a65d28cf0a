package org.tanji.factors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tanji.core.factor.EmissionFactor;
import org.tanji.core.factor.FactorSource;
import org.tanji.core.factor.Provenance;
import org.tanji.core.result.FactorContribution;
import org.tanji.core.result.FootprintResult;

/**
 * The emission-factor library: the shipped datasets (DESNZ 2024, US EPA GHG Hub 2025, US EPA USEEIO v1.2, IPCC
 * GWP100, China MEE grid factors), any newer dataset versions added, and an organisation's own primary data. A
 * {@link FactorSource} for the calculator; immutable (adding returns a new library).
 *
 * <pre>{@code
 * FactorLibrary library = FactorLibrary.shipped();
 * List<FactorMatch> hits = library.search(FactorQuery.text("福建 电力").year(2023));
 * RegionalMatch grid = library.forRegion(FactorQuery.text("average electricity").year(2023), "厦门").orElseThrow();
 * FootprintResult r = FootprintCalculator.using(library).calculate(model);
 * FactorSource sameAsThen = library.pinnedTo(library.pinsOf(r));
 * }</pre>
 *
 * <p>A factor id resolves to the newest version of its dataset that holds it; {@link #pinnedTo} resolves it in the
 * versions a calculation used.
 */
public final class FactorLibrary implements FactorSource {
    private static final String INDEX = "/org/tanji/factors/datasets/index.txt";

    private final List<Dataset> datasets;
    private final Map<String, Map<String, LibraryFactor>> byVersion = new HashMap<>();
    private final Map<String, LibraryFactor> current = new LinkedHashMap<>();
    private final RegionHierarchy regions = RegionHierarchy.CHINA;
    private final FactorSearch search;

    private FactorLibrary(List<Dataset> datasets) {
        this.datasets = List.copyOf(datasets);
        Map<String, String> datasetOfId = new HashMap<>();
        for (Dataset d : datasets) {
            Map<String, LibraryFactor> ids = new HashMap<>();
            String name = d.manifest().dataset();
            for (LibraryFactor f : d.factors()) {
                String owner = datasetOfId.putIfAbsent(f.id(), name);
                if (owner != null && !owner.equals(name)) {
                    throw new DatasetException("factor id '" + f.id() + "' is in both " + owner + " and " + name
                            + "; ids must be unique across datasets");
                }
                ids.put(f.id(), f);
                current.put(f.id(), f); // later versions replace earlier ones
            }
            if (byVersion.put(d.manifest().key(), ids) != null) {
                throw new DatasetException("dataset " + d.manifest().key() + " is added twice");
            }
        }
        this.search = new FactorSearch(current.values(), regions);
    }

    /** The datasets shipped with Tanji, each version validated as it loads. */
    public static FactorLibrary shipped() {
        return Shipped.LIBRARY;
    }

    private static final class Shipped {
        static final FactorLibrary LIBRARY = load();

        private static FactorLibrary load() {
            List<Dataset> sets = new ArrayList<>();
            try (InputStream in = FactorLibrary.class.getResourceAsStream(INDEX);
                    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String key = r.readLine(); key != null; key = r.readLine()) {
                    if (!key.isBlank()) {
                        sets.add(DatasetLoader.loadShipped(key.strip()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + INDEX, e);
            }
            return new FactorLibrary(sets);
        }
    }

    /** A library of exactly these datasets, later versions after earlier ones. */
    public static FactorLibrary of(Collection<Dataset> datasets) {
        return new FactorLibrary(new ArrayList<>(datasets));
    }

    /** This library with one more dataset version (e.g. next year's edition), which becomes the current one. */
    public FactorLibrary withDataset(Dataset dataset) {
        List<Dataset> more = new ArrayList<>(datasets);
        more.add(dataset);
        return new FactorLibrary(more);
    }

    /**
     * This library with an organisation's own factors — a supplier's measured PCF, a site's metered electricity mix
     * — flagged primary, so they count in a result's primary data share. Each must name its source.
     */
    public FactorLibrary withUserFactors(String organisation, Collection<EmissionFactor> factors) {
        List<LibraryFactor> own = new ArrayList<>();
        for (EmissionFactor f : factors) {
            Provenance p = f.provenance();
            if (p.source() == null || p.source().isBlank() || p.source().equals("unspecified")) {
                throw new IllegalArgumentException("user factor " + f.id() + " must name its source (who measured it,"
                        + " which document) in its provenance");
            }
            EmissionFactor primary = f.toBuilder()
                    .primary(true)
                    .provenance(new Provenance(
                            p.source(),
                            "user:" + organisation,
                            p.version() == null ? "1" : p.version(),
                            p.region(),
                            p.year(),
                            p.licence() == null ? "the organisation's own data" : p.licence()))
                    .build();
            own.add(new LibraryFactor(primary, "primary data of " + organisation, "", "", "", "", false));
        }
        DatasetManifest m = new DatasetManifest(
                "user:" + organisation,
                String.valueOf(datasets.size()),
                "primary data of " + organisation,
                organisation,
                java.time.Year.now().getValue(),
                "the organisation's own data",
                "Primary data supplied by " + organisation + ".",
                false,
                null,
                null,
                "primary data",
                "api",
                own.size(),
                own.size(),
                "-");
        return withDataset(new Dataset(m, own));
    }

    @Override
    public Optional<EmissionFactor> find(String id) {
        return factor(id).map(LibraryFactor::factor);
    }

    /** The factor with this id in the current version of its dataset, with its search metadata. */
    public Optional<LibraryFactor> factor(String id) {
        return Optional.ofNullable(current.get(id));
    }

    /** Factors matching {@code query}, best first. */
    public List<FactorMatch> search(FactorQuery query) {
        return search.search(query, regions);
    }

    /**
     * The best factor for {@code query} in {@code region}, falling back along the region chain (Xiamen → Fujian →
     * East China grid → China → global) until a level answers; the answer says which level did.
     */
    public Optional<RegionalMatch> forRegion(FactorQuery query, String region) {
        List<String> chain = regions.chain(region);
        for (int level = 0; level < chain.size(); level++) {
            List<FactorMatch> hits = search(query.region(chain.get(level)).limit(1));
            if (!hits.isEmpty()) {
                return Optional.of(new RegionalMatch(hits.get(0).factor(), region, chain.get(level), level, chain));
            }
        }
        return Optional.empty();
    }

    /** Every dataset version in the library, in the order added. */
    public List<DatasetManifest> datasets() {
        return datasets.stream().map(Dataset::manifest).toList();
    }

    /**
     * One dataset version with its factors, by {@code dataset/version}; e.g. {@code dataset("cn-mee-grid/2021-2023")}
     * to browse what a certificate pinned.
     */
    public Optional<Dataset> dataset(String key) {
        return datasets.stream().filter(d -> d.manifest().key().equals(key)).findFirst();
    }

    /** The attribution text of every dataset version, as its licence requires it to be shown. */
    public List<String> attributions() {
        return datasets.stream()
                .map(d -> d.manifest().title() + ": " + d.manifest().attribution())
                .toList();
    }

    /** The region hierarchy used for fallback and region names. */
    public RegionHierarchy regions() {
        return regions;
    }

    /** A source answering from the pinned dataset versions, and from the current ones for other datasets. */
    public FactorSource pinnedTo(DatasetPins pins) {
        for (Map.Entry<String, String> pin : pins.versions().entrySet()) {
            if (!byVersion.containsKey(pin.getKey() + "/" + pin.getValue())) {
                throw new DatasetException("dataset " + pin.getKey() + " version " + pin.getValue() + " is not in this"
                        + " library; add that version to recalculate identically");
            }
        }
        return id -> {
            for (Map.Entry<String, String> pin : pins.versions().entrySet()) {
                LibraryFactor f =
                        byVersion.get(pin.getKey() + "/" + pin.getValue()).get(id);
                if (f != null) {
                    return Optional.of(f.factor());
                }
            }
            LibraryFactor now = current.get(id);
            boolean inPinnedDataset = now != null
                    && pins.versions().containsKey(now.factor().provenance().dataset());
            return inPinnedDataset ? Optional.empty() : Optional.ofNullable(now).map(LibraryFactor::factor);
        };
    }

    /**
     * The dataset versions of this library that {@code result} used — only factors the library supplied count, not
     * factors a model brought itself, even when those name a dataset.
     */
    public DatasetPins pinsOf(FootprintResult result) {
        Map<String, String> pins = new java.util.TreeMap<>();
        for (FactorContribution c : result.byFactor()) {
            String dataset = c.provenance().dataset();
            String version = c.provenance().version();
            Map<String, LibraryFactor> inVersion = byVersion.get(dataset + "/" + version);
            if (inVersion != null
                    && inVersion.containsKey(c.factorId())
                    && inVersion.get(c.factorId()).factor().provenance().equals(c.provenance())) {
                pins.put(dataset, version);
            }
        }
        return new DatasetPins(pins);
    }

    /** Number of factors in the current view. */
    public int size() {
        return current.size();
    }
}
