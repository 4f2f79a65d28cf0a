package org.tanji.portal.infrastructure.factors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import org.tanji.factors.Dataset;
import org.tanji.factors.DatasetException;
import org.tanji.factors.DatasetLoader;
import org.tanji.factors.FactorLibrary;
import org.tanji.portal.domain.model.factor.LoadedDataset;
import org.tanji.portal.domain.model.factor.LoadedDatasetRepository;

/**
 * The portal's factor library: the shipped datasets and every version an administrator loaded since, rebuilt from the
 * stored bytes when first needed. The library itself is immutable; loading a version swaps in a new one, so a
 * calculation running meanwhile finishes on the library it started with.
 */
@ApplicationScoped
public class FactorLibraries {
    private static final String MANIFEST = "manifest.json";

    @Inject
    LoadedDatasetRepository loaded;

    private volatile FactorLibrary current;

    /** A holder that starts from {@code library} instead of the shipped and stored datasets (for tests). */
    public static FactorLibraries startingFrom(FactorLibrary library) {
        FactorLibraries libraries = new FactorLibraries();
        libraries.current = library;
        return libraries;
    }

    /** The library as it is now. */
    public FactorLibrary current() {
        FactorLibrary library = current;
        return library != null ? library : load();
    }

    private synchronized FactorLibrary load() {
        if (current == null) {
            FactorLibrary library = FactorLibrary.shipped();
            for (LoadedDataset d : loaded.all()) {
                library = library.withDataset(read(d.key(), d.manifest(), d.content()));
            }
            current = library;
        }
        return current;
    }

    /**
     * Reads and validates a dataset version from its manifest and factor file, and checks that it fits the library
     * (a new version, no factor id taken by another dataset).
     *
     * @throws org.tanji.factors.DatasetException saying what is wrong, naming file and row
     */
    public Dataset check(String label, byte[] manifest, byte[] file) {
        Dataset d = read(label, manifest, file);
        String key = d.manifest().key();
        if (current().dataset(key).isPresent()) {
            throw new DatasetException(label + "/manifest.json: dataset " + key + " is loaded already; a version is"
                    + " never replaced (certificates pin it) — give the corrected edition a new version");
        }
        current().withDataset(d);
        return d;
    }

    /** Adds a checked version; it becomes the current version of its dataset. */
    public synchronized void add(Dataset dataset) {
        current = current().withDataset(dataset);
    }

    private static Dataset read(String label, byte[] manifest, byte[] file) {
        return DatasetLoader.load(label, name -> new ByteArrayInputStream(name.equals(MANIFEST) ? manifest : file));
    }
}
