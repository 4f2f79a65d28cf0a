package org.tanji.portal.interfaces.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.tanji.portal.application.AccountDisabledException;
import org.tanji.portal.application.InvalidInputException;
import org.tanji.portal.application.NotReproducibleException;
import org.tanji.portal.application.NotVisibleException;
import org.tanji.portal.application.StaleVersionException;
import org.tanji.portal.application.UploadRejectedException;
import org.tanji.portal.domain.model.workflow.WorkflowRefusal;
import org.tanji.portal.domain.model.workflow.WorkflowRule;

/** One exception mapper per kind of failure, each answering RFC 9457 problem+json. */
final class Problems {
    private Problems() {}

    static Response problem(String type, String title, int status, String detail) {
        return new ProblemDetails("/problems/" + type, title, status, detail, List.of()).toResponse();
    }

    /** Too many wrong passwords for a login or from an address: 429, and when to try again. */
    static Response tooManyAttempts(java.time.Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return Response.fromResponse(problem(
                        "too-many-attempts",
                        "Too many login attempts",
                        429,
                        "too many wrong passwords; try again in " + seconds + " s, or ask an administrator to reset"
                                + " the password"))
                .header("Retry-After", seconds)
                .build();
    }

    /** Bean Validation failures → 400 with the path of every bad field (method and parameter dropped). */
    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<ProblemDetails.FieldError> errors = new ArrayList<>();
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                errors.add(new ProblemDetails.FieldError(field(v.getPropertyPath()), v.getMessage()));
            }
            return new ProblemDetails(
                            "/problems/invalid-input",
                            "Invalid input",
                            400,
                            errors.size() + " field(s) need correcting",
                            errors)
                    .toResponse();
        }

        private static String field(Path path) {
            List<String> nodes = new ArrayList<>();
            Iterator<Path.Node> it = path.iterator();
            while (it.hasNext()) {
                Path.Node n = it.next();
                if (n.getKind() != jakarta.validation.ElementKind.METHOD
                        && n.getKind() != jakarta.validation.ElementKind.PARAMETER) {
                    nodes.add(n.getName());
                }
            }
            return nodes.isEmpty() ? "body" : String.join(".", nodes);
        }
    }

    /** Domain refusals with their field → 400. */
    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return new ProblemDetails(
                            "/problems/invalid-input",
                            "Invalid input",
                            400,
                            e.getMessage(),
                            List.of(new ProblemDetails.FieldError(e.field(), e.getMessage())))
                    .toResponse();
        }
    }

    /** Not there, or not the caller's → 404 (never reveal another organisation's data). */
    @Provider
    public static class NotVisible implements ExceptionMapper<NotVisibleException> {
        @Override
        public Response toResponse(NotVisibleException e) {
            return problem("not-found", "Not found", 404, e.getMessage());
        }
    }

    /** If-Match names an older version → 412. */
    @Provider
    public static class Stale implements ExceptionMapper<StaleVersionException> {
        @Override
        public Response toResponse(StaleVersionException e) {
            return problem("stale-version", "Precondition failed", 412, e.getMessage());
        }
    }

    /** No If-Match on a change → 428. */
    @Provider
    public static class PreconditionRequired implements ExceptionMapper<PreconditionRequiredException> {
        @Override
        public Response toResponse(PreconditionRequiredException e) {
            return problem("precondition-required", "Precondition required", 428, e.getMessage());
        }
    }

    /** Two writers at once; the later one lost → 409. */
    @Provider
    public static class Conflict implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return problem("conflict", "Conflict", 409, "someone else changed this at the same time; reload and retry");
        }
    }

    /** Waited too long for another writer's lock (a database lock timeout) → 409, to be retried. */
    @Provider
    public static class LockTimeout implements ExceptionMapper<jakarta.persistence.PessimisticLockException> {
        @Override
        public Response toResponse(jakarta.persistence.PessimisticLockException e) {
            return problem("conflict", "Conflict", 409, "someone else is changing this right now; reload and retry");
        }
    }

    /** Too large (413), not an accepted type (415), or not only what it claims to be (422). */
    @Provider
    public static class UploadRejected implements ExceptionMapper<UploadRejectedException> {
        @Override
        public Response toResponse(UploadRejectedException e) {
            return new ProblemDetails(
                            "/problems/upload-rejected",
                            switch (e.status()) {
                                case 413 -> "Too large";
                                case 415 -> "Unsupported type";
                                default -> "Unusable file"; // 422: empty, or more than its format holds
                            },
                            e.status(),
                            e.getMessage(),
                            List.of(new ProblemDetails.FieldError("file", e.getMessage())))
                    .toResponse();
        }
    }

    /**
     * A step the certification workflow refuses: 409 when the application or certificate is in the wrong state for
     * it, else 403; the problem type names the rule ({@code /problems/workflow/separation-of-duties…}).
     */
    @Provider
    public static class WorkflowRefused implements ExceptionMapper<WorkflowRefusal> {
        @Override
        public Response toResponse(WorkflowRefusal e) {
            int status = e.rule() == WorkflowRule.STATE ? 409 : 403;
            return problem(
                    "workflow/"
                            + e.rule().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    "Step refused",
                    status,
                    e.getMessage());
        }
    }

    /** Authenticated but not allowed → 403. */
    @Provider
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {
        @Override
        public Response toResponse(ForbiddenException e) {
            return problem("forbidden", "Forbidden", 403, "your role may not do this");
        }
    }

    /** A stored calculation that no longer reproduces → 409, saying what differs. */
    @Provider
    public static class NotReproducible implements ExceptionMapper<NotReproducibleException> {
        @Override
        public Response toResponse(NotReproducibleException e) {
            return problem("not-reproducible", "Not reproducible", 409, e.getMessage());
        }
    }

    /** The account was disabled → 401. */
    @Provider
    public static class AccountDisabled implements ExceptionMapper<AccountDisabledException> {
        @Override
        public Response toResponse(AccountDisabledException e) {
            return problem("account-disabled", "Account disabled", 401, e.getMessage());
        }
    }

    /** Not authenticated → 401 with the schemes the API accepts. */
    @Provider
    public static class Unauthorized implements ExceptionMapper<NotAuthorizedException> {
        @Override
        public Response toResponse(NotAuthorizedException e) {
            return Response.fromResponse(problem(
                            "unauthenticated",
                            "Authentication required",
                            401,
                            "log in (POST /api/auth/session) or send a bearer token (POST /api/auth/tokens)"))
                    .header("WWW-Authenticate", "Bearer realm=\"tanji\"")
                    .build();
        }
    }
}
