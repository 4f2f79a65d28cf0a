package org.tanji.portal.domain.model.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Who did what to which object, as a record: the actor with the role and organisation it acted in, the action,
 * the subject (type and id), the state it moved from and to where there is one, the reason or detail, and the
 * SHA-256 of the documents and calculations involved.
 *
 * <p>{@link #canonical()} writes it as canonical JSON (RFC 8785: keys sorted, no white space, absent fields left
 * out) with the format version inside, and the audit entry stores and hashes that text. An entry therefore
 * verifies forever, whatever later versions of this class add: a field added later is absent from older entries'
 * text, and their hash covers the text they were written with.
 *
 * <pre>{@code
 * AuditEvent e = AuditEvent.by("alice", "EXPORTER", 12L).did(AuditAction.VERSION_FROZEN).on("product", "7")
 *     .detail("version 2").documents(List.of(modelSha256)).build();
 * }</pre>
 */
public record AuditEvent(
        String actor,
        String actorRole,
        Long actorOrganisation,
        AuditAction action,
        String subjectType,
        String subjectId,
        String fromState,
        String toState,
        String reason,
        String detail,
        List<String> documentSha256,
        List<String> calculationSha256) {

    /** The encoding's version, written into every canonical text. */
    public static final int FORMAT = 2;

    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subject type");
        Objects.requireNonNull(subjectId, "subject id");
        documentSha256 = List.copyOf(documentSha256);
        calculationSha256 = List.copyOf(calculationSha256);
    }

    /** Starts an event of {@code actor}, acting as {@code role} of organisation {@code organisation}. */
    public static Builder by(String actor, String role, Long organisation) {
        return new Builder(actor, role, organisation);
    }

    /** The subject as the log shows it: {@code product 7}. */
    public String subject() {
        return subjectType + " " + subjectId;
    }

    /** The event as canonical JSON, the text an entry stores and hashes. */
    public String canonical() {
        Map<String, Object> fields = new TreeMap<>();
        fields.put("format", FORMAT);
        fields.put("actor", actor);
        fields.put("actorRole", actorRole);
        fields.put("actorOrganisation", actorOrganisation);
        fields.put("action", action.name());
        fields.put("subjectType", subjectType);
        fields.put("subjectId", subjectId);
        fields.put("fromState", fromState);
        fields.put("toState", toState);
        fields.put("reason", reason);
        fields.put("detail", detail);
        fields.put("documentSha256", documentSha256.isEmpty() ? null : documentSha256);
        fields.put("calculationSha256", calculationSha256.isEmpty() ? null : calculationSha256);
        StringBuilder out = new StringBuilder("{");
        fields.forEach((key, value) -> {
            if (value != null) {
                if (out.length() > 1) {
                    out.append(',');
                }
                string(out, key);
                out.append(':');
                value(out, value);
            }
        });
        return out.append('}').toString();
    }

    private static void value(StringBuilder out, Object v) {
        if (v instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(out, (String) list.get(i));
            }
            out.append(']');
        } else if (v instanceof Number n) {
            out.append(n.longValue());
        } else {
            string(out, (String) v);
        }
    }

    /** A JSON string as RFC 8785 writes it: only ", \ and control characters escaped. */
    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Collects an event's fields. */
    public static final class Builder {
        private final String actor;
        private final String role;
        private final Long organisation;
        private AuditAction action;
        private String subjectType;
        private String subjectId;
        private String fromState;
        private String toState;
        private String reason;
        private String detail;
        private final List<String> documents = new ArrayList<>();
        private final List<String> calculations = new ArrayList<>();

        private Builder(String actor, String role, Long organisation) {
            this.actor = actor;
            this.role = role;
            this.organisation = organisation;
        }

        public Builder did(AuditAction action) {
            this.action = action;
            return this;
        }

        public Builder on(String type, Object id) {
            this.subjectType = type;
            this.subjectId = String.valueOf(id);
            return this;
        }

        public Builder from(String state) {
            this.fromState = state;
            return this;
        }

        public Builder to(String state) {
            this.toState = state;
            return this;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        public Builder documents(List<String> sha256) {
            documents.addAll(sha256);
            return this;
        }

        public Builder calculations(List<String> sha256) {
            calculations.addAll(sha256);
            return this;
        }

        public AuditEvent build() {
            return new AuditEvent(
                    actor,
                    role,
                    organisation,
                    action,
                    subjectType,
                    subjectId,
                    fromState,
                    toState,
                    reason,
                    detail,
                    documents,
                    calculations);
        }
    }
}
