package org.tanji.portal.domain.model.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an {@link EvidenceDocument}, read only when the file itself is downloaded. */
@Entity
@Table(name = "evidence_content")
public class EvidenceContent {
    @Id
    @Column(name = "evidence_document_id")
    private Long evidenceDocumentId;

    private byte[] content;

    protected EvidenceContent() {}

    public EvidenceContent(long evidenceDocumentId, byte[] content) {
        this.evidenceDocumentId = evidenceDocumentId;
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}
