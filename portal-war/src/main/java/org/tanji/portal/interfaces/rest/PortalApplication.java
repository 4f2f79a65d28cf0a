package org.tanji.portal.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under /api; its OpenAPI document is served by the server at /openapi. */
@ApplicationPath("/api")
public class PortalApplication extends Application {}
