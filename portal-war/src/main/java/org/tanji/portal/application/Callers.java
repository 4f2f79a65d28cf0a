package org.tanji.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tanji.portal.domain.model.party.PortalUser;

/** Turns an authenticated login into a {@link Caller}. */
@ApplicationScoped
public class Callers {
  @PersistenceContext(unitName = "tanji")
  EntityManager em;

  public Caller of(String login) {
    PortalUser u = em.createQuery("select u from PortalUser u where u.login = :login", PortalUser.class)
        .setParameter("login", login).getSingleResult();
    return new Caller(u.login(), u.role(), u.organisation().id());
  }
}
