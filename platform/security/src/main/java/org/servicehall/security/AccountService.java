package org.servicehall.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Login accounts. Writes take the caller's {@link EntityManager} so that an account is created
 * or changed in the same transaction as the record it belongs to (a staff member, say) and its
 * audit entry; if the caller's transaction rolls back, so does the account.
 */
@ProviderType
public interface AccountService {

    /** Checks the password (slow salted hash); empty for an unknown, disabled or wrong login. */
    Optional<Actor> authenticate(String username, String password);

    Optional<Account> find(String username);

    List<Account> list();

    /**
     * @throws org.servicehall.common.ValidationException for a malformed name or a weak password
     * @throws org.servicehall.common.Conflict when the username is taken
     */
    void create(EntityManager em, Actor by, String username, String displayName, Set<Role> roles, String password);

    /** Changes name, roles and whether the account may log in. */
    void update(EntityManager em, Actor by, String username, String displayName, Set<Role> roles, boolean enabled);

    void setPassword(EntityManager em, Actor by, String username, String newPassword);

    /**
     * The console language the account chose ({@code zh-CN} or {@code en}), applied when it signs in;
     * empty until it chose one (the browser's language then). @since 1.3
     */
    Optional<Locale> language(String username);

    /**
     * Remembers the console language of an account: its own, or any account's for an administrator.
     * A preference of the account alone, so it is saved in a transaction of its own.
     *
     * @throws org.servicehall.common.ValidationException for a language other than Chinese or English
     * @throws org.servicehall.common.NotFound for an unknown account
     * @since 1.3
     */
    void setLanguage(Actor by, String username, Locale language);
}
