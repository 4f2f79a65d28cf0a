package org.tanji.factors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.tanji.core.error.ModelFormatException;
import org.tanji.core.factor.Provenance;
import org.tanji.core.io.FactorFile;

/**
 * Reads a dataset version — {@code manifest.json} and its factor file — and refuses it loudly, naming file and row,
 * if anything is off: a checksum or row count that does not match the manifest, no licence, a unit that does not
 * parse, a value that is not finite or has the wrong sign, an id used twice.
 */
public final class DatasetLoader {
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** Opens a file of the dataset folder by name; null or an exception when it is missing. */
    @FunctionalInterface
    public interface Folder {
        InputStream open(String name) throws IOException;
    }

    private DatasetLoader() {}

    /** Loads the dataset version in directory {@code dir}. */
    public static Dataset load(Path dir) {
        return load(dir.toString(), name -> Files.newInputStream(dir.resolve(name)));
    }

    /** Loads a dataset version shipped as resources under {@code /org/tanji/factors/datasets/<key>/}. */
    static Dataset loadShipped(String key) {
        String base = "/org/tanji/factors/datasets/" + key + "/";
        return load(key, name -> DatasetLoader.class.getResourceAsStream(base + name));
    }

    /** Loads a dataset version; {@code label} is how errors name it. */
    public static Dataset load(String label, Folder folder) {
        DatasetManifest m = manifest(label, folder);
        byte[] data = bytes(label, m.file(), folder);
        String actual = sha256(data);
        if (!actual.equalsIgnoreCase(m.sha256())) {
            throw new DatasetException(label + "/" + m.file() + ": SHA-256 is " + actual + " but the manifest says "
                    + m.sha256() + "; the file was changed after it was imported — import it again or restore it");
        }
        Provenance defaults = new Provenance(m.title(), m.dataset(), m.version(), null, m.year(), m.licence());
        List<LibraryFactor> factors = new ArrayList<>(m.factors());
        try {
            FactorFile.readCsv(
                    new ByteArrayInputStream(data),
                    label + "/" + m.file(),
                    defaults,
                    (f, cells) -> factors.add(new LibraryFactor(
                            f,
                            cells.getOrDefault("category", ""),
                            cells.getOrDefault("name_zh", ""),
                            cells.getOrDefault("region_zh", ""),
                            cells.getOrDefault("source_unit", ""),
                            cells.getOrDefault("note", ""),
                            m.secondary())));
        } catch (ModelFormatException e) {
            throw new DatasetException("dataset " + label + " is broken: " + e.getMessage(), e);
        }
        if (factors.size() != m.factors()) {
            throw new DatasetException(label + "/" + m.file() + " holds " + factors.size() + " factors but the manifest"
                    + " says " + m.factors());
        }
        return new Dataset(m, factors);
    }

    private static DatasetManifest manifest(String label, Folder folder) {
        DatasetManifest m;
        try {
            m = JSON.readValue(bytes(label, "manifest.json", folder), DatasetManifest.class);
        } catch (IOException e) {
            throw new DatasetException(label + "/manifest.json cannot be read: " + e.getMessage(), e);
        }
        for (Map.Entry<String, String> required : Map.of(
                        "dataset",
                        String.valueOf(m.dataset()),
                        "version",
                        String.valueOf(m.version()),
                        "licence",
                        String.valueOf(m.licence()),
                        "attribution",
                        String.valueOf(m.attribution()),
                        "file",
                        String.valueOf(m.file()),
                        "sha256",
                        String.valueOf(m.sha256()))
                .entrySet()) {
            if (required.getValue().isBlank() || required.getValue().equals("null")) {
                throw new DatasetException(label + "/manifest.json has no " + required.getKey()
                        + "; every shipped dataset names its " + required.getKey());
            }
        }
        return m;
    }

    private static byte[] bytes(String label, String name, Folder folder) {
        try (InputStream in = folder.open(name)) {
            if (in == null) {
                throw new DatasetException(label + "/" + name + " is missing");
            }
            return in.readAllBytes();
        } catch (NoSuchFileException e) {
            throw new DatasetException(label + "/" + name + " is missing", e);
        } catch (IOException e) {
            throw new UncheckedIOException(label + "/" + name + " cannot be read", e);
        }
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
