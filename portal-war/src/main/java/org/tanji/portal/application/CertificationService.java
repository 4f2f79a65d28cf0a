package org.tanji.portal.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.tanji.portal.domain.model.access.Visibility;
import org.tanji.portal.domain.model.audit.AuditAction;
import org.tanji.portal.domain.model.party.Organisation;
import org.tanji.portal.domain.model.party.OrganisationRepository;
import org.tanji.portal.domain.model.product.Calculation;
import org.tanji.portal.domain.model.product.EvidenceDocument;
import org.tanji.portal.domain.model.product.EvidenceRepository;
import org.tanji.portal.domain.model.product.MonteCarloRunRepository;
import org.tanji.portal.domain.model.product.Product;
import org.tanji.portal.domain.model.product.ProductVersion;
import org.tanji.portal.domain.model.product.ProductVersionRepository;
import org.tanji.portal.domain.model.workflow.Actor;
import org.tanji.portal.domain.model.workflow.ApplicationAction;
import org.tanji.portal.domain.model.workflow.ApplicationLifeCycle;
import org.tanji.portal.domain.model.workflow.ApplicationRepository;
import org.tanji.portal.domain.model.workflow.ApplicationState;
import org.tanji.portal.domain.model.workflow.CaseMessage;
import org.tanji.portal.domain.model.workflow.CertificationApplication;
import org.tanji.portal.domain.model.workflow.WorkflowRefusal;
import org.tanji.portal.domain.model.workflow.WorkflowRole;
import org.tanji.portal.domain.model.workflow.WorkflowRule;

/**
 * Certification applications: an exporter opens one for a calculated product version, and every step after that
 * goes through {@link #act}, where the workflow ({@code domain.model.workflow}) checks state, role and separation of
 * duties, what the step carries is recorded, the audit log gets a typed event and the inbox tells whose move it is.
 * A submission freezes a {@link CertificationSnapshot}; approval issues the certificate in the same transaction.
 */
@ApplicationScoped
public class CertificationService {
    @Inject
    ProductService products;

    @Inject
    ProductVersionRepository versions;

    @Inject
    EvidenceRepository evidence;

    @Inject
    MonteCarloRunRepository monteCarlo;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ApplicationRepository applications;

    @Inject
    CertificateService certificates;

    @Inject
    Notifications notifications;

    @Inject
    VersionService calculations;

    @Inject
    org.tanji.portal.domain.model.audit.AuditRepository auditEntries;

    @Inject
    AuditLog audit;

    /** A draft application of the caller's organisation to certify a calculated version of one of its products. */
    @Transactional
    public CertificationApplication open(
            Caller caller, long productId, int versionNumber, long certificationBodyId, String renews) {
        Product p = products.actable(caller, productId);
        ProductVersion v = version(p, versionNumber, "versionNumber");
        Calculation c = calculated(v, "versionNumber");
        Organisation body = organisations
                .find(certificationBodyId)
                .filter(o -> o.kind() == Organisation.Kind.CERTIFICATION_BODY)
                .orElseThrow(() -> new InvalidInputException(
                        "certificationBodyId", "organisation " + certificationBodyId + " is not a certification body"));
        String renewed = renews == null || renews.isBlank() ? null : certificates.renewable(caller, renews);
        CertificationApplication a = new CertificationApplication(v, c, body.id(), renewed, caller.login());
        applications.add(a);
        audit.record(AuditLog.by(caller)
                .did(AuditAction.APPLICATION_OPENED)
                .on("application", a.id())
                .to(ApplicationState.DRAFT.name())
                .detail("product " + productId + " version " + versionNumber + " to " + body.legalName()
                        + (renewed == null ? "" : ", renewing " + renewed))
                .documents(List.of(v.modelSha256()))
                .build());
        notifications.caseMoved(a);
        return a;
    }

    /** The application, if the caller is one of its parties or sees everything; else "not found". */
    @Transactional
    public CertificationApplication get(Caller caller, long id) {
        return applications
                .find(id)
                .filter(a -> Visibility.maySeeCase(caller.viewer(), a))
                .orElseThrow(() -> new NotVisibleException("no application " + id));
    }

    @Transactional
    public ProductService.Page<CertificationApplication> list(
            Caller caller, ApplicationState state, int page, int size) {
        Visibility.Scope scope = Visibility.scope(caller.viewer());
        return new ProductService.Page<>(
                applications.list(scope, state, page * size, size), page, size, applications.count(scope, state));
    }

    /**
     * Takes a step on an application.
     *
     * @param expectedVersion the application version the caller saw (If-Match), or null
     * @throws WorkflowRefusal naming the rule when the workflow forbids the step
     * @throws StaleVersionException when the caller saw an older version
     * @throws jakarta.persistence.OptimisticLockException when someone else acted at the same moment and won
     */
    @Transactional
    public CertificationApplication act(Caller caller, long id, CaseStep step, Long expectedVersion) {
        CertificationApplication a = get(caller, id);
        if (expectedVersion != null && expectedVersion != a.version()) {
            throw new StaleVersionException("application " + id + " is at version " + a.version() + ", you saw "
                    + expectedVersion + ": reload it before acting");
        }
        requireWhatItCarries(step);
        Actor actor = actor(caller);
        ApplicationState from = a.take(actor, step.action());
        List<String> documents = new ArrayList<>();
        switch (step.action()) {
            case SUBMIT -> documents.addAll(freeze(caller, a, step.versionNumber()));
            case RESPOND -> {
                applications.addMessage(new CaseMessage(a, actor, topic(step), step.topicRef(), step.text()));
                if (step.versionNumber() != null) {
                    documents.addAll(freeze(caller, a, step.versionNumber()));
                }
            }
            case REQUEST_CLARIFICATION ->
                applications.addMessage(new CaseMessage(a, actor, topic(step), step.topicRef(), step.text()));
            case ISSUE_STATEMENT -> a.recordStatement(step.statement(), caller.login());
            case FAIL, REJECT, APPROVE -> a.recordDecision(caller.login(), reason(step));
            default -> {}
        }
        // a lost race (another decision-maker approved a moment earlier) fails here, before anything is issued
        applications.flush();
        audit.record(AuditLog.by(caller)
                .did(auditAction(step.action()))
                .on("application", id)
                .from(from.name())
                .to(a.state().name())
                .reason(reason(step))
                .detail(step.text() == null ? null : abbreviate(step.text()))
                .documents(documents)
                .calculations(a.snapshotSha256() == null ? List.of() : List.of(a.snapshotSha256()))
                .build());
        if (step.action() == ApplicationAction.APPROVE) {
            certificates.issue(caller, a, step.validUntil());
            a.take(actor, ApplicationAction.ISSUE_CERTIFICATE);
            applications.flush();
        }
        notifications.caseMoved(a);
        return a;
    }

    /** Comments on a case without moving it; only its parties, never an onlooker. */
    @Transactional
    public CaseMessage comment(Caller caller, long id, CaseMessage.Topic topic, String topicRef, String text) {
        CertificationApplication a = get(caller, id);
        if (caller.role().seesEverything()) {
            throw new WorkflowRefusal(
                    caller.role() == org.tanji.portal.domain.model.party.Role.SUPERVISOR
                            ? WorkflowRule.READ_ONLY
                            : WorkflowRule.ROLE,
                    caller.login() + " commenting on application " + id);
        }
        CaseMessage m;
        try {
            m = new CaseMessage(a, actor(caller), topic == null ? CaseMessage.Topic.CASE : topic, topicRef, text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(text == null || text.isBlank() ? "text" : "topicRef", e.getMessage());
        }
        applications.addMessage(m);
        audit.record(AuditLog.by(caller)
                .did(AuditAction.CASE_COMMENTED)
                .on("application", id)
                .detail(m.topic() + (m.topicRef() == null ? "" : " " + m.topicRef()) + ": " + abbreviate(m.text()))
                .build());
        return m;
    }

    @Transactional
    public List<CaseMessage> messages(Caller caller, long id) {
        return applications.messages(get(caller, id).id());
    }

    /** The snapshot text a round of the application froze. */
    @Transactional
    public String snapshot(Caller caller, long id, int round) {
        CertificationApplication a = get(caller, id);
        return applications
                .snapshot(a.id(), round)
                .orElseThrow(() -> new NotVisibleException("application " + id + " has no submission " + round));
    }

    /** The frozen model of the version the application certifies (tanji-footprint-model/1). */
    @Transactional
    public String model(Caller caller, long id) {
        return versions.modelText(get(caller, id).productVersion());
    }

    /**
     * The full result of the certified calculation, recalculated with the dataset versions it pinned and refused
     * (409) unless it gives the certified numbers again.
     */
    @Transactional
    public String result(Caller caller, long id) {
        return calculations.reproduce(get(caller, id).calculation());
    }

    /**
     * What changed between two submissions of the application: the models of the two versions field by field and
     * their results line by line, each result recalculated from its pins as {@link #result} does.
     */
    @Transactional
    public RoundComparison compare(Caller caller, long id, int from, int to) {
        CertificationApplication a = get(caller, id);
        Submission before = submission(a, from);
        Submission after = submission(a, to);
        return RoundComparison.of(
                StoredJson.tree(versions.modelText(before.version())),
                StoredJson.tree(versions.modelText(after.version())),
                StoredJson.tree(calculations.reproduce(before.calculation())),
                StoredJson.tree(calculations.reproduce(after.calculation())));
    }

    private record Submission(ProductVersion version, Calculation calculation) {}

    /** What changed since the product's previous calculated version, {@code from}, to the certified one, {@code to}. */
    public record SincePrevious(int from, int to, RoundComparison comparison) {}

    /**
     * What changed from the product's previous version — the newest earlier version that has a calculation — to the
     * version this application certifies: model field by field, result line by line, both reproduced from their
     * pins. Empty for a product's first version.
     */
    @Transactional
    public java.util.Optional<SincePrevious> sincePreviousVersion(Caller caller, long id) {
        CertificationApplication a = get(caller, id);
        ProductVersion certified = a.productVersion();
        return versions.of(certified.product()).stream()
                .filter(v -> v.number() < certified.number())
                .sorted(java.util.Comparator.comparingInt(ProductVersion::number)
                        .reversed())
                .flatMap(v -> versions.latestCalculation(v).stream().map(c -> new Submission(v, c)))
                .findFirst()
                .map(previous -> new SincePrevious(
                        previous.version().number(),
                        certified.number(),
                        RoundComparison.of(
                                StoredJson.tree(versions.modelText(previous.version())),
                                StoredJson.tree(versions.modelText(certified)),
                                StoredJson.tree(calculations.reproduce(previous.calculation())),
                                StoredJson.tree(calculations.reproduce(a.calculation())))));
    }

    /**
     * One step of a case as its parties see it: when, who, what ({@code step}: the audit action's name, for pages
     * to put in words; {@code action}: the log's own words), and the detail the log keeps.
     */
    public record CaseEvent(java.time.Instant at, String actor, String step, String action, String detail) {}

    /** What happened to an application, oldest first, from the audit log: for the case's parties only. */
    @Transactional
    public List<CaseEvent> history(Caller caller, long id) {
        CertificationApplication a = get(caller, id);
        return auditEntries.about("application " + a.id()).stream()
                .map(e -> new CaseEvent(
                        e.occurredAt(),
                        e.actor(),
                        org.tanji.portal.domain.model.audit.AuditAction.described(e.action())
                                .map(Enum::name)
                                .orElse(null),
                        e.action(),
                        e.detail()))
                .toList();
    }

    /** The version and calculation round {@code round} froze, read from its snapshot. */
    private Submission submission(CertificationApplication a, int round) {
        JsonNode s = StoredJson.tree(applications
                .snapshot(a.id(), round)
                .orElseThrow(() -> new NotVisibleException("application " + a.id() + " has no submission " + round)));
        Product product = a.productVersion().product();
        ProductVersion version = versions.find(
                        product, s.path("version").path("number").asInt())
                .orElseThrow(() -> new IllegalStateException("snapshot " + round + " names a version that is gone"));
        Calculation calculation = versions.calculation(
                        s.path("calculation").path("id").asLong())
                .orElseThrow(
                        () -> new IllegalStateException("snapshot " + round + " names a calculation that is gone"));
        return new Submission(version, calculation);
    }

    /** The steps the caller could take on the application now: what the workflow would not refuse. */
    @Transactional
    public List<ApplicationAction> stepsOpenTo(Caller caller, CertificationApplication a) {
        if (caller.role().seesEverything()) {
            return List.of();
        }
        Actor actor = actor(caller);
        List<ApplicationAction> open = new ArrayList<>();
        for (ApplicationAction action : ApplicationLifeCycle.moves(a.state()).keySet()) {
            try {
                a.asCase().apply(actor, action);
                if (action != ApplicationAction.ISSUE_CERTIFICATE) {
                    open.add(action);
                }
            } catch (WorkflowRefusal refused) {
                // not this caller's step
            }
        }
        open.sort(null);
        return open;
    }

    /** The legal name of the organisation that applied, as its parties see it on the case. */
    public String applicantName(CertificationApplication a) {
        return organisationName(a.applicantOrganisationId());
    }

    /** An organisation's legal name, for the parties of a case or certificate ("" if it is gone). */
    public String organisationName(long organisationId) {
        return organisations
                .find(organisationId)
                .map(org.tanji.portal.domain.model.party.Organisation::legalName)
                .orElse("");
    }

    /**
     * The rule that keeps the caller off a case whose move is its role's: a verifier with a declared conflict of
     * interest, a reviewer who verified it, a decision-maker who reviewed it. Empty when the caller may act, or when
     * the move is not its role's anyway.
     */
    public java.util.Optional<WorkflowRule> ruleKeepingOff(Caller caller, CertificationApplication a) {
        if (caller.role().seesEverything()) {
            return java.util.Optional.empty();
        }
        Actor actor = actor(caller);
        java.util.Optional<WorkflowRule> rule = java.util.Optional.empty();
        for (var move : ApplicationLifeCycle.moves(a.state()).entrySet()) {
            if (move.getValue().role() != actor.role()) {
                continue;
            }
            try {
                a.asCase().apply(actor, move.getKey());
                return java.util.Optional.empty();
            } catch (WorkflowRefusal refused) {
                rule = java.util.Optional.of(refused.rule());
            }
        }
        return rule;
    }

    /** A body's staff member declares a conflict of interest with an organisation (a former client, say). */
    @Transactional
    public void declareConflict(Caller caller, long organisationId) {
        Organisation o = organisations
                .find(organisationId)
                .orElseThrow(() ->
                        new InvalidInputException("organisationId", "there is no organisation " + organisationId));
        applications.declareConflict(caller.login(), o.id());
        audit.record(AuditLog.by(caller)
                .did(AuditAction.CONFLICT_DECLARED)
                .on("user", caller.login())
                .detail("with organisation " + o.id() + " " + o.legalName())
                .build());
    }

    @Transactional
    public java.util.Set<Long> conflicts(Caller caller) {
        return applications.conflictsOfInterest(caller.login());
    }

    /** The caller as the workflow sees it, with the conflicts of interest it declared. */
    Actor actor(Caller caller) {
        return new Actor(
                caller.login(),
                WorkflowRole.of(caller.role()),
                caller.organisationId(),
                applications.conflictsOfInterest(caller.login()));
    }

    /** Freezes what the application certifies now: the chosen (or current) version, its calculation, evidence. */
    private List<String> freeze(Caller caller, CertificationApplication a, Integer versionNumber) {
        ProductVersion v = a.productVersion();
        Calculation c = a.calculation();
        if (versionNumber != null && versionNumber != v.number()) {
            v = version(v.product(), versionNumber, "versionNumber");
            c = calculated(v, "versionNumber");
        } else if (versionNumber == null) {
            // the newest calculation of the version: a recalculation after a returned application counts
            c = calculated(v, "versionNumber");
        }
        requireReferencePeriod(v, c);
        List<EvidenceDocument> documents = evidence.of(v.product());
        CertificationSnapshot.Frozen frozen = CertificationSnapshot.of(
                a.applicantOrganisationId(),
                a.certificationBodyId(),
                a.renewsCertificate(),
                v,
                c,
                documents,
                monteCarlo.of(v));
        a.freeze(v, c, frozen.sha256());
        applications.flush();
        applications.addSnapshot(a, frozen.text());
        List<String> hashes = new ArrayList<>();
        hashes.add(v.modelSha256());
        documents.forEach(d -> hashes.add(d.sha256()));
        return hashes;
    }

    // ISO 14067 asks a certified footprint to state the period its data represent; the certificate prints it
    private static void requireReferencePeriod(ProductVersion v, Calculation c) {
        if (!StoredJson.tree(c.result()).path("referencePeriod").isObject()) {
            throw new InvalidInputException(
                    "versionNumber",
                    "the calculation of version " + v.number() + " states no reference period; add"
                            + " \"referencePeriod\": {\"start\": \"2025-01-01\", \"end\": \"2025-12-31\"} (the first"
                            + " and last day its data represent) to the model, save it and calculate again");
        }
    }

    private ProductVersion version(Product p, int number, String field) {
        return versions.find(p, number)
                .orElseThrow(() -> new InvalidInputException(
                        field, "product " + p.id() + " has no version " + number + "; freeze one first"));
    }

    private Calculation calculated(ProductVersion v, String field) {
        return versions.latestCalculation(v)
                .orElseThrow(() -> new InvalidInputException(
                        field, "version " + v.number() + " is not calculated yet; calculate it before applying"));
    }

    private static void requireWhatItCarries(CaseStep step) {
        switch (step.action()) {
            case RETURN_INCOMPLETE, FAIL, SEND_BACK, REJECT, APPEAL -> {
                if (reason(step) == null) {
                    throw new InvalidInputException("reason", step.action() + " states its reason");
                }
            }
            case REQUEST_CLARIFICATION, RESPOND -> {
                if (step.text() == null || step.text().isBlank()) {
                    throw new InvalidInputException("text", step.action() + " says what it asks or answers");
                }
                if (step.topic() != null
                        && step.topic() != CaseMessage.Topic.CASE
                        && (step.topicRef() == null || step.topicRef().isBlank())) {
                    throw new InvalidInputException("topicRef", "a message about a " + step.topic() + " names which");
                }
            }
            case ISSUE_STATEMENT -> {
                if (step.statement() == null) {
                    throw new InvalidInputException(
                            "statement", "a verification statement gives assurance, criteria, materiality and opinion");
                }
            }
            case ISSUE_CERTIFICATE ->
                throw new InvalidInputException("action", "a certificate is issued with the approval; send APPROVE");
            default -> {}
        }
    }

    private static CaseMessage.Topic topic(CaseStep step) {
        return step.topic() == null ? CaseMessage.Topic.CASE : step.topic();
    }

    private static String reason(CaseStep step) {
        return step.reason() == null || step.reason().isBlank()
                ? null
                : step.reason().strip();
    }

    private static String abbreviate(String text) {
        String t = text.strip();
        return t.length() > 500 ? t.substring(0, 499) + "…" : t;
    }

    private static AuditAction auditAction(ApplicationAction action) {
        return switch (action) {
            case SUBMIT -> AuditAction.APPLICATION_SUBMITTED;
            case ACCEPT -> AuditAction.APPLICATION_ACCEPTED;
            case RETURN_INCOMPLETE -> AuditAction.APPLICATION_RETURNED;
            case REQUEST_CLARIFICATION -> AuditAction.CLARIFICATION_REQUESTED;
            case RESPOND -> AuditAction.CLARIFICATION_ANSWERED;
            case ISSUE_STATEMENT -> AuditAction.STATEMENT_ISSUED;
            case FAIL -> AuditAction.VERIFICATION_FAILED;
            case START_REVIEW -> AuditAction.REVIEW_STARTED;
            case SEND_BACK -> AuditAction.SENT_BACK;
            case PASS_REVIEW -> AuditAction.REVIEW_PASSED;
            case APPROVE -> AuditAction.APPLICATION_APPROVED;
            case REJECT -> AuditAction.APPLICATION_REJECTED;
            case ISSUE_CERTIFICATE -> AuditAction.CERTIFICATE_ISSUED;
            case WITHDRAW -> AuditAction.APPLICATION_WITHDRAWN;
            case APPEAL -> AuditAction.APPLICATION_APPEALED;
        };
    }
}
