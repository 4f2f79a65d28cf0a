package org.tanji.portal.domain.model.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person who logs in; belongs to one organisation and has one role. The password is stored hashed (PBKDF2). */
@Entity
@Table(name = "app_user")
public class PortalUser {
    @Id
    @SequenceGenerator(name = "tanji_id", sequenceName = "tanji_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tanji_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String login;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean enabled = true;

    /** Set by an administrator's reset: the user must choose its own password before anything else. */
    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    private String email;

    protected PortalUser() {}

    public PortalUser(Organisation organisation, String login, String displayName, String passwordHash, Role role) {
        this.organisation = organisation;
        this.login = login;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String login() {
        return login;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public long version() {
        return version;
    }

    /** A new password, already hashed. */
    /** An administrator set {@code passwordHash}: only its user may know the password it uses, so it must change it. */
    public void resetPassword(String passwordHash) {
        changePassword(passwordHash);
        this.mustChangePassword = true;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The user's own new password: any reset's obligation to change it is met. */
    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
    }

    /** A disabled user cannot log in; its sessions and tokens are refused. */
    /** Where the portal e-mails this user what awaits it, if anywhere. */
    public java.util.Optional<String> email() {
        return java.util.Optional.ofNullable(email);
    }

    /** Sets the user's e-mail address; null stops e-mail to the user. */
    public void changeEmail(String email) {
        this.email = email;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
