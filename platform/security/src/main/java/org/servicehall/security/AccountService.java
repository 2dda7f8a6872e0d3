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
     * Creates an account whose roles are held on every site (a central administrator only, since 1.3).
     *
     * @throws org.servicehall.common.ValidationException for a malformed name or a weak password
     * @throws org.servicehall.common.Conflict when the username is taken
     */
    void create(EntityManager em, Actor by, String username, String displayName, Set<Role> roles, String password);

    /**
     * Changes name, roles held on every site and whether the account may log in (a central
     * administrator only, since 1.3); its roles per site stay as they are.
     */
    void update(EntityManager em, Actor by, String username, String displayName, Set<Role> roles, boolean enabled);

    /**
     * Sets another account's password (an administrator: on every site, or of every site the account
     * holds roles on) or the actor's own.
     */
    void setPassword(EntityManager em, Actor by, String username, String newPassword);

    /**
     * Creates an account of one site (S1): its roles are held on that site only. The actor must be an
     * administrator of that site (or of every site). The platform itself ({@link Actor#SYSTEM}) may pass
     * a {@code null} password: the account then has none and cannot sign in until an administrator
     * sets one (the demo hall's staff, handed over by a reset); for anyone else a missing password is
     * refused like a weak one.
     *
     * @throws AccessDenied for an actor who does not administer the site
     * @throws org.servicehall.common.ValidationException for a malformed name, site code or a weak password
     * @throws org.servicehall.common.Conflict when the username is taken
     * @since 1.3
     */
    void createAtSite(EntityManager em, Actor by, String username, String displayName, String siteCode, Set<Role> roles,
            String password);

    /**
     * Changes an account's name, whether it may sign in, and the roles it holds on one site, leaving
     * its roles on other sites as they are. The actor must administer that site and every other site
     * the account holds roles on; an account with roles on every site needs a central administrator.
     *
     * @since 1.3
     */
    void updateAtSite(EntityManager em, Actor by, String username, String displayName, String siteCode, Set<Role> roles,
            boolean enabled);

    /**
     * Sets the roles an account holds on one site (none takes them away there), audited (S1, S2). The
     * actor must be an administrator of that site (or of every site).
     *
     * @throws org.servicehall.common.NotFound for an unknown account
     * @since 1.3
     */
    void grant(EntityManager em, Actor by, String username, String siteCode, Set<Role> roles);

    /**
     * {@link #createAtSite} (or {@link #create} when {@code siteCode} is null) in a transaction of its
     * own, for an account that belongs to no other record (an API's or a shell's).
     *
     * @return the account as created
     * @since 1.3
     */
    Account createAccount(Actor by, String username, String displayName, String siteCode, Set<Role> roles, String password);

    /**
     * {@link #grant} in a transaction of its own.
     *
     * @return the account as granted
     * @since 1.3
     */
    Account grant(Actor by, String username, String siteCode, Set<Role> roles);

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
