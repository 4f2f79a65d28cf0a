package org.tanji.portal.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;

/** Says where the portal answers, once it does: the line a newcomer looks for in the log. */
@ApplicationScoped
public class StartupBanner {
  private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

  // after the migration and the demo accounts (observers default to APPLICATION + 500), so it is the last line
  void started(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) @Initialized(ApplicationScoped.class)
      Object event) {
    int port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    LOG.info(() -> "Tanji portal started: open http://localhost:" + port + "/ (API browser: http://localhost:" + port
        + "/api-docs.html)");
  }
}
