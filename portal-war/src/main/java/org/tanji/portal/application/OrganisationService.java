package org.tanji.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tanji.portal.domain.model.party.Organisation;
import org.tanji.portal.domain.model.party.PortalUser;
import org.tanji.portal.domain.model.party.Role;
import org.tanji.portal.domain.model.party.UnifiedSocialCreditCode;
import org.tanji.portal.infrastructure.security.PasswordHashing;

/** Administration of organisations and their users. */
@ApplicationScoped
public class OrganisationService {
  @PersistenceContext(unitName = "tanji")
  EntityManager em;

  @Inject
  AuditLog audit;

  @Inject
  PasswordHashing passwords;

  @Transactional
  public List<Organisation> list() {
    return em.createQuery("select o from Organisation o order by o.id", Organisation.class).getResultList();
  }

  @Transactional
  public Organisation create(String actor, String legalName, String creditCode, String address,
      Organisation.Kind kind) {
    String problem = UnifiedSocialCreditCode.problem(creditCode);
    if (problem != null) {
      throw new InvalidInputException("creditCode", problem);
    }
    if (!em.createQuery("select o from Organisation o where o.creditCode = :c", Organisation.class)
        .setParameter("c", creditCode).getResultList().isEmpty()) {
      throw new InvalidInputException("creditCode", "an organisation with credit code " + creditCode + " exists");
    }
    Organisation o = new Organisation(legalName, creditCode, address, kind);
    em.persist(o);
    em.flush();
    audit.record(actor, "created organisation", "organisation " + o.id(), legalName + " " + creditCode);
    return o;
  }

  @Transactional
  public PortalUser addUser(String actor, long organisationId, String login, String displayName, Role role,
      String password) {
    Organisation o = em.find(Organisation.class, organisationId);
    if (o == null) {
      throw new NotVisibleException("no organisation " + organisationId);
    }
    if (!em.createQuery("select u from PortalUser u where u.login = :l", PortalUser.class).setParameter("l", login)
        .getResultList().isEmpty()) {
      throw new InvalidInputException("login", "the login '" + login + "' is taken");
    }
    PortalUser u = new PortalUser(o, login, displayName, passwords.hash(password), role);
    em.persist(u);
    em.flush();
    audit.record(actor, "added user", "user " + login, role + " of organisation " + organisationId);
    return u;
  }

  @Transactional
  public List<PortalUser> users(long organisationId) {
    return em.createQuery("select u from PortalUser u where u.organisation.id = :o order by u.id", PortalUser.class)
        .setParameter("o", organisationId).getResultList();
  }

  @Transactional
  public long userCount() {
    return em.createQuery("select count(u) from PortalUser u", Long.class).getSingleResult();
  }
}
