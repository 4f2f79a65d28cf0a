package org.tanji.portal.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.tanji.portal.application.AuditCheckpoints;
import org.tanji.portal.application.AuditLog;
import org.tanji.portal.domain.model.audit.AuditAction;
import org.tanji.portal.domain.model.audit.AuditChain;
import org.tanji.portal.domain.model.audit.AuditCheckpoint;
import org.tanji.portal.domain.model.audit.AuditEntry;

/** The audit log for administrators: who did what, newest first, and a check of its hash chain. */
@Path("audit")
@RequestScoped
@RolesAllowed({"ADMIN", "SUPERVISOR"})
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    @Inject
    AuditLog audit;

    @Inject
    AuditCheckpoints checkpoints;

    /** An entry; {@code step} names the action for pages to put in words (null for words no action has). */
    record EntryDto(
            long id,
            Instant occurredAt,
            String actor,
            String action,
            String step,
            String subject,
            String detail,
            String entryHash) {
        static EntryDto of(AuditLog.Line line) {
            AuditEntry e = line.entry();
            return new EntryDto(
                    e.id(),
                    e.occurredAt(),
                    e.actor(),
                    e.action(),
                    AuditAction.described(e.action()).map(Enum::name).orElse(null),
                    e.subject(),
                    e.detail(),
                    line.entryHash());
        }
    }

    @GET
    public List<EntryDto> newest(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging.check(page, size, 500);
        return audit.newest(page, size).stream().map(EntryDto::of).toList();
    }

    /** Walks the whole chain: {@code intact}, the number of entries, the head, and the first problem if any. */
    @GET
    @Path("verification")
    public AuditChain.Verification verify() {
        return audit.verify();
    }

    /**
     * Signs a checkpoint of the head now (one is taken every {@code tanji.audit.checkpoint-minutes} anyway): 201 with
     * it, or 204 when the newest checkpoint is at the head already.
     */
    @POST
    @Path("checkpoints")
    @RolesAllowed("ADMIN")
    public Response checkpoint() {
        return checkpoints
                .take()
                .map(c -> Response.status(201).entity(CheckpointDto.of(c)).build())
                .orElse(Response.noContent().build());
    }

    /** A signed checkpoint as published: what was signed, the signature and the signer's certificate. */
    record CheckpointDto(
            long sequence,
            long entryId,
            String headHash,
            Instant signedAt,
            String statement,
            String algorithm,
            String signature,
            String signerCertificate) {
        static CheckpointDto of(AuditCheckpoint c) {
            return new CheckpointDto(
                    c.sequence(),
                    c.entryId(),
                    c.headHash(),
                    c.signedAt(),
                    new String(c.statement(), StandardCharsets.UTF_8),
                    c.algorithm(),
                    c.signature(),
                    c.signer());
        }
    }
}
