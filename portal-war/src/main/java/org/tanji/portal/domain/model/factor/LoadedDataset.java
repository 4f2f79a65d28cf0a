package org.tanji.portal.domain.model.factor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A dataset version an administrator loaded: its manifest and factor file byte for byte, so the factor library is
 * rebuilt from them at every start and a calculation pinned to this version recalculates identically. Never changed
 * or deleted — a correction is a new version.
 */
@Entity
@Table(name = "loaded_dataset")
public class LoadedDataset {
    @Id
    @SequenceGenerator(name = "tanji_id", sequenceName = "tanji_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tanji_id")
    private Long id;

    private String dataset;

    private String version;

    private byte[] manifest;

    @Column(name = "file_name")
    private String fileName;

    private byte[] content;

    @Column(name = "loaded_by")
    private String loadedBy;

    @Column(name = "loaded_at")
    private Instant loadedAt;

    protected LoadedDataset() {}

    public LoadedDataset(
            String dataset, String version, byte[] manifest, String fileName, byte[] content, String loadedBy) {
        this.dataset = dataset;
        this.version = version;
        this.manifest = manifest.clone();
        this.fileName = fileName;
        this.content = content.clone();
        this.loadedBy = loadedBy;
        this.loadedAt = Instant.now();
    }

    /** {@code dataset/version}, as pins and the library name it. */
    public String key() {
        return dataset + "/" + version;
    }

    public byte[] manifest() {
        return manifest.clone();
    }

    /** The factor file's name, as the manifest's {@code file} names it. */
    public String fileName() {
        return fileName;
    }

    public byte[] content() {
        return content.clone();
    }

    public String loadedBy() {
        return loadedBy;
    }

    public Instant loadedAt() {
        return loadedAt;
    }
}
