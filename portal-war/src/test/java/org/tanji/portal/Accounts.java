package org.tanji.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Map;
import java.util.Random;
import org.tanji.portal.domain.model.party.UnifiedSocialCreditCode;

/** Organisations and users a test makes through the API as the administrator; each user's password is derived. */
final class Accounts {
    private final URI base;
    private final Api admin;

    Accounts(URI base, Api admin) {
        this.base = base;
        this.admin = admin;
    }

    long organisation(String name, String kind) throws Exception {
        Api.Reply r = admin.post(
                "/api/organisations",
                Map.of("legalName", name, "creditCode", creditCode(), "address", "Xiamen", "kind", kind));
        assertEquals(201, r.status(), r.body());
        return r.json().get("id").asLong();
    }

    /** A user of {@code role} in {@code organisation}, logged in with a bearer token. */
    Api user(String login, String role, long organisation) throws Exception {
        Api.Reply r = admin.post(
                "/api/organisations/" + organisation + "/users",
                Map.of("login", login, "displayName", login, "role", role, "password", password(login)));
        assertEquals(201, r.status(), r.body());
        return Api.as(base, login, password(login));
    }

    static String password(String login) {
        return "password-of-" + login;
    }

    /** A valid unified social credit code that no other test run used: random body, computed check character. */
    static String creditCode() {
        String charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder b = new StringBuilder("91350200");
        Random r = new Random();
        while (b.length() < 17) {
            b.append(charset.charAt(r.nextInt(charset.length())));
        }
        return b.toString() + UnifiedSocialCreditCode.checkCharacter(b.toString());
    }
}
