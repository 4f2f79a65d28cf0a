package org.tanji.portal.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.tanji.portal.application.Caller;
import org.tanji.portal.application.Callers;

/**
 * The authenticated caller of this request, looked up once per request however many times a resource asks.
 * Resources that need a signed-in caller are guarded by their role annotations, so the principal is there.
 */
@RequestScoped
public class CurrentCaller {
    @Inject
    HttpServletRequest request;

    @Inject
    Callers callers;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = callers.of(request.getUserPrincipal().getName());
        }
        return caller;
    }
}
