package org.servicehall.security.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.common.Conflict;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.common.Validator;
import org.servicehall.persistence.Database;
import org.servicehall.persistence.Transactions;
import org.servicehall.security.Account;
import org.servicehall.security.AccountService;
import org.servicehall.security.Actor;
import org.servicehall.security.AuditEntry;
import org.servicehall.security.AuditLog;
import org.servicehall.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Accounts and audit log on the shared database. Writes go through the caller's
 * {@link EntityManager} as SQL so they join the caller's transaction.
 */
@Component(service = { AccountService.class, AuditLog.class }, immediate = true)
public final class SecurityService implements AccountService, AuditLog {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityService.class);
    static final String ADMIN_PASSWORD_ENV = "SERVICEHALL_ADMIN_PASSWORD";
    static final String ADMIN_PASSWORD_PROPERTY = "servicehall.admin.password";

    private final EntityManagerFactory emf;
    private final Clock clock;
    private final PasswordHasher hasher;

    @Activate
    public SecurityService(@Reference Database database, @Reference Clock clock) {
        database.migrate("security", getClass().getClassLoader());
        this.emf = database.createEntityManagerFactory("security", getClass().getClassLoader());
        this.clock = clock;
        this.hasher = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS);
        bootstrapFirstAdmin();
    }

    /** For tests and tools outside OSGi: the same service on a given persistence unit. */
    public SecurityService(EntityManagerFactory emf, Clock clock, int iterations) {
        this.emf = emf;
        this.clock = clock;
        this.hasher = new PasswordHasher(iterations);
    }

    @Deactivate
    void deactivate() {
        emf.close();
    }

    /**
     * No fixed default password: the first admin's password comes from the run command
     * ({@value #ADMIN_PASSWORD_ENV}) or is generated here and shown once.
     */
    public void bootstrapFirstAdmin() {
        boolean hasAdmin = list().stream().anyMatch(a -> a.enabled() && a.roles().contains(Role.ADMIN));
        if (hasAdmin) {
            return;
        }
        String given = System.getProperty(ADMIN_PASSWORD_PROPERTY, System.getenv(ADMIN_PASSWORD_ENV));
        String refused = null;
        if (given != null && !given.isBlank()) {
            Validator v = new Validator();
            AccountRules.checkPassword(v, "admin", given);
            if (v.hasErrors()) {
                try {
                    v.throwIfInvalid();
                } catch (org.servicehall.common.ValidationException e) {
                    refused = e.getMessage();
                    LOG.error("The administrator password given in {} was not used: {}; a generated one is shown instead",
                            ADMIN_PASSWORD_ENV, refused);
                }
                given = null;
            }
        }
        boolean generated = given == null || given.isBlank();
        String password = generated ? PasswordHasher.generate(16) : given;
        Transactions.run(emf, em -> create(em, Actor.SYSTEM, "admin", "Administrator", EnumSet.of(Role.ADMIN), password));
        String banner = "\n=================================================================\n"
                + " ServiceHall first start: an administrator account was created.\n"
                + "   user: admin\n"
                + (generated ? "   password: " + password + "   (shown once; change it after login)\n"
                        : "   password: the one given in " + ADMIN_PASSWORD_ENV + "\n")
                + (refused == null ? "" : "   (the password in " + ADMIN_PASSWORD_ENV + " was refused: " + refused + ")\n")
                + "=================================================================\n";
        System.out.println(banner);
        LOG.warn("First administrator account 'admin' created{}", generated ? " with a generated password printed on the console" : "");
    }

    @Override
    public Optional<Actor> authenticate(String username, String password) {
        String name = AccountRules.normalizeUsername(username);
        if (name == null || password == null) {
            return Optional.empty();
        }
        List<?> rows = Transactions.read(emf, em -> em.createNativeQuery(
                "SELECT username, display_name, roles, enabled, password_hash FROM sh_account WHERE username = ?1")
                .setParameter(1, name).getResultList());
        if (rows.isEmpty()) {
            // Spend the same time as for a real account, so timing does not reveal which names exist.
            hasher.matches(password, hasher.hash("not-a-user"));
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        if (PasswordHasher.NONE.equals(row[4])) {
            hasher.matches(password, hasher.hash("not-a-user")); // an account without a password: the same time as a wrong one
            return Optional.empty();
        }
        if (!Boolean.TRUE.equals(row[3]) || !hasher.matches(password, (String) row[4])) {
            return Optional.empty();
        }
        return Optional.of(withSiteRoles(name, toAccount(row)).asActor());
    }

    @Override
    public Optional<Account> find(String username) {
        String name = AccountRules.normalizeUsername(username);
        return Transactions.read(emf, em -> find(em, name));
    }

    private Optional<Account> find(EntityManager em, String name) {
        List<?> rows = em.createNativeQuery(
                "SELECT username, display_name, roles, enabled FROM sh_account WHERE username = ?1")
                .setParameter(1, name).getResultList();
        return rows.stream().findFirst().map(r -> toAccount((Object[]) r))
                .map(a -> new Account(a.username(), a.displayName(), a.roles(), a.enabled(), siteRoles(em, name)));
    }

    private Account withSiteRoles(String name, Account account) {
        Map<String, Set<Role>> bySite = Transactions.read(emf, em -> siteRoles(em, name));
        return new Account(account.username(), account.displayName(), account.roles(), account.enabled(), bySite);
    }

    private static Map<String, Set<Role>> siteRoles(EntityManager em, String name) {
        Map<String, Set<Role>> bySite = new TreeMap<>();
        for (Object r : em.createNativeQuery("SELECT site_code, roles FROM sh_account_site_role WHERE username = ?1")
                .setParameter(1, name).getResultList()) {
            Object[] row = (Object[]) r;
            bySite.put((String) row[0], parseRoles((String) row[1]));
        }
        return bySite;
    }

    @Override
    public List<Account> list() {
        return Transactions.read(emf, em -> {
            Map<String, Map<String, Set<Role>>> bySite = new HashMap<>();
            for (Object r : em.createNativeQuery("SELECT username, site_code, roles FROM sh_account_site_role").getResultList()) {
                Object[] row = (Object[]) r;
                bySite.computeIfAbsent((String) row[0], u -> new TreeMap<>()).put((String) row[1], parseRoles((String) row[2]));
            }
            List<Account> accounts = new ArrayList<>();
            for (Object r : em.createNativeQuery("SELECT username, display_name, roles, enabled FROM sh_account ORDER BY username")
                    .getResultList()) {
                Account a = toAccount((Object[]) r);
                accounts.add(new Account(a.username(), a.displayName(), a.roles(), a.enabled(), bySite.getOrDefault(a.username(), Map.of())));
            }
            return accounts;
        });
    }

    @Override
    public void create(EntityManager em, Actor by, String username, String displayName, Set<Role> roles, String password) {
        by.requireEverywhere(Role.ADMIN, "create accounts with roles on every site");
        insert(em, by, username, displayName, roles, null, Set.of(), password);
    }

    @Override
    public void createAtSite(EntityManager em, Actor by, String username, String displayName, String siteCode, Set<Role> roles,
            String password) {
        by.requireAt(Role.ADMIN, siteCode, "create accounts");
        insert(em, by, username, displayName, Set.of(), siteCode, roles, password);
    }

    private void insert(EntityManager em, Actor by, String username, String displayName, Set<Role> roles, String siteCode,
            Set<Role> siteRoles, String password) {
        String name = AccountRules.normalizeUsername(username);
        Validator v = new Validator();
        AccountRules.checkAccount(v, name, displayName, siteCode == null ? roles : siteRoles);
        AccountRules.checkSite(v, siteCode);
        // the platform's own accounts may start without a password (hashing a random one nobody knows cost the
        // start of every node a slow hash per demo staff member, issue 17)
        boolean none = password == null && Actor.SYSTEM.equals(by);
        if (!none) {
            AccountRules.checkPassword(v, name, password);
        }
        v.throwIfInvalid();
        if (find(em, name).isPresent()) {
            throw new Conflict(AccountRules.TEXTS.message("security.username.taken", name));
        }
        em.createNativeQuery("INSERT INTO sh_account (username, display_name, password_hash, roles, enabled, created_at) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, name).setParameter(2, displayName.trim()).setParameter(3, none ? PasswordHasher.NONE : hasher.hash(password))
                .setParameter(4, rolesText(roles)).setParameter(5, true).setParameter(6, Timestamp.from(clock.instant()))
                .executeUpdate();
        if (siteCode != null) {
            writeSiteRoles(em, name, siteCode, siteRoles);
        }
        record(em, by, "create", "account", name, null, new Account(name, displayName.trim(), roles, true,
                siteCode == null ? Map.of() : Map.of(siteCode, siteRoles)));
    }

    private static void writeSiteRoles(EntityManager em, String name, String siteCode, Set<Role> roles) {
        em.createNativeQuery("DELETE FROM sh_account_site_role WHERE username = ?1 AND site_code = ?2").setParameter(1, name)
                .setParameter(2, siteCode).executeUpdate();
        if (roles != null && !roles.isEmpty()) {
            em.createNativeQuery("INSERT INTO sh_account_site_role (username, site_code, roles) VALUES (?1, ?2, ?3)")
                    .setParameter(1, name).setParameter(2, siteCode).setParameter(3, rolesText(roles)).executeUpdate();
        }
    }

    /**
     * Refuses unless {@code by} may change {@code target} (S1): a central administrator any account; the
     * administrator of sites an account that holds roles on those sites only.
     */
    private static void requireAdministers(Actor by, Account target, String operation) {
        if (by.hasEverywhere(Role.ADMIN)) {
            return;
        }
        if (!target.roles().isEmpty() || target.siteRoles().isEmpty()) {
            by.requireEverywhere(Role.ADMIN, operation);
        }
        target.siteRoles().keySet().forEach(site -> by.requireAt(Role.ADMIN, site, operation));
    }

    @Override
    public void updateAtSite(EntityManager em, Actor by, String username, String displayName, String siteCode, Set<Role> roles,
            boolean enabled) {
        by.requireAt(Role.ADMIN, siteCode, "change accounts");
        String name = AccountRules.normalizeUsername(username);
        Account before = find(em, name).orElseThrow(() -> new NotFound(AccountRules.TEXTS.message("security.account.notFound", name)));
        if (!before.roles().isEmpty() || !before.siteRoles().isEmpty()) {
            requireAdministers(by, before, "change accounts");
        }
        Validator v = new Validator();
        AccountRules.checkAccount(v, name, displayName, roles);
        AccountRules.checkSite(v, siteCode);
        v.throwIfInvalid();
        Map<String, Set<Role>> bySite = new TreeMap<>(before.siteRoles());
        bySite.put(siteCode, roles);
        Account after = new Account(name, displayName.trim(), before.roles(), enabled, bySite);
        em.createNativeQuery("UPDATE sh_account SET display_name = ?1, enabled = ?2 WHERE username = ?3")
                .setParameter(1, after.displayName()).setParameter(2, enabled).setParameter(3, name).executeUpdate();
        writeSiteRoles(em, name, siteCode, roles);
        record(em, by, "update", "account", name, before, after);
    }

    @Override
    public Account createAccount(Actor by, String username, String displayName, String siteCode, Set<Role> roles, String password) {
        Transactions.run(emf, em -> {
            if (siteCode == null) {
                create(em, by, username, displayName, roles, password);
            } else {
                createAtSite(em, by, username, displayName, siteCode, roles, password);
            }
        });
        return find(username).orElseThrow();
    }

    @Override
    public Account grant(Actor by, String username, String siteCode, Set<Role> roles) {
        Transactions.run(emf, em -> grant(em, by, username, siteCode, roles));
        return find(username).orElseThrow();
    }

    @Override
    public void grant(EntityManager em, Actor by, String username, String siteCode, Set<Role> roles) {
        by.requireAt(Role.ADMIN, siteCode, "grant roles");
        String name = AccountRules.normalizeUsername(username);
        Validator v = new Validator();
        AccountRules.checkSite(v, siteCode);
        v.throwIfInvalid();
        Account before = find(em, name).orElseThrow(() -> new NotFound(AccountRules.TEXTS.message("security.account.notFound", name)));
        if (before.roles().contains(Role.ADMIN)) {
            // a site's administrator does not change a central administrator
            by.requireEverywhere(Role.ADMIN, "grant roles to a central administrator");
        }
        Set<Role> held = roles == null ? Set.of() : Set.copyOf(roles);
        writeSiteRoles(em, name, siteCode, held);
        record(em, by, "grant", "account", name, siteCode + "=" + rolesText(before.siteRoles().getOrDefault(siteCode, Set.of())),
                siteCode + "=" + rolesText(held));
    }

    @Override
    public void update(EntityManager em, Actor by, String username, String displayName, Set<Role> roles, boolean enabled) {
        by.requireEverywhere(Role.ADMIN, "change accounts' roles on every site");
        String name = AccountRules.normalizeUsername(username);
        Account before = find(em, name).orElseThrow(() -> new NotFound(AccountRules.TEXTS.message("security.account.notFound", name)));
        Validator v = new Validator();
        AccountRules.checkAccount(v, name, displayName, roles);
        v.throwIfInvalid();
        Account after = new Account(name, displayName.trim(), roles, enabled, before.siteRoles());
        if (before.roles().contains(Role.ADMIN) && (!after.roles().contains(Role.ADMIN) || !enabled)
                && countEnabledAdmins(em) <= 1) {
            throw new Conflict(AccountRules.TEXTS.message("security.lastAdmin", name));
        }
        em.createNativeQuery("UPDATE sh_account SET display_name = ?1, roles = ?2, enabled = ?3 WHERE username = ?4")
                .setParameter(1, after.displayName()).setParameter(2, rolesText(roles)).setParameter(3, enabled)
                .setParameter(4, name).executeUpdate();
        record(em, by, "update", "account", name, before, after);
    }

    @Override
    public void setPassword(EntityManager em, Actor by, String username, String newPassword) {
        String name = AccountRules.normalizeUsername(username);
        if (!by.username().equals(name)) {
            by.require(Role.ADMIN, "set another account's password");
        }
        Account target = find(em, name).orElseThrow(() -> new NotFound(AccountRules.TEXTS.message("security.account.notFound", name)));
        if (!by.username().equals(name)) {
            requireAdministers(by, target, "set another account's password");
        }
        Validator v = new Validator();
        AccountRules.checkPassword(v, name, newPassword);
        v.throwIfInvalid();
        em.createNativeQuery("UPDATE sh_account SET password_hash = ?1 WHERE username = ?2")
                .setParameter(1, hasher.hash(newPassword)).setParameter(2, name).executeUpdate();
        record(em, by, "set-password", "account", name, null, "(password changed)");
    }

    @Override
    public Optional<Locale> language(String username) {
        String name = AccountRules.normalizeUsername(username);
        List<?> rows = Transactions.read(emf, em -> em.createNativeQuery("SELECT language FROM sh_account WHERE username = ?1")
                .setParameter(1, name).getResultList());
        return rows.stream().filter(r -> r != null).findFirst().map(r -> Locale.forLanguageTag((String) r));
    }

    @Override
    public void setLanguage(Actor by, String username, Locale language) {
        String name = AccountRules.normalizeUsername(username);
        if (!by.username().equals(name)) {
            by.require(Role.ADMIN, "set another account's language");
            requireAdministers(by, find(name).orElseThrow(() -> new NotFound(AccountRules.TEXTS.message("security.account.notFound",
                    name))), "set another account's language");
        }
        String tag = AccountRules.languageTag(language);
        if (tag == null) {
            throw ValidationException.of("language", AccountRules.TEXTS.message("security.language.unsupported",
                    language == null ? "" : language.toLanguageTag()));
        }
        Transactions.run(emf, em -> {
            find(em, name).orElseThrow(() -> new NotFound(AccountRules.TEXTS.message("security.account.notFound", name)));
            em.createNativeQuery("UPDATE sh_account SET language = ?1 WHERE username = ?2").setParameter(1, tag)
                    .setParameter(2, name).executeUpdate();
            record(em, by, "set-language", "account", name, null, tag);
        });
    }

    private long countEnabledAdmins(EntityManager em) {
        return em.createNativeQuery("SELECT roles FROM sh_account WHERE enabled = ?1").setParameter(1, true)
                .getResultList().stream().filter(r -> parseRoles((String) r).contains(Role.ADMIN)).count();
    }

    @Override
    public void record(EntityManager em, Actor actor, String action, String entityType, Object entityId, Object before,
            Object after) {
        em.createNativeQuery("INSERT INTO sh_audit_log (at, actor, action, entity_type, entity_id, before_state, after_state) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, AuditText.name(actor.username()))
                .setParameter(3, AuditText.name(action)).setParameter(4, AuditText.name(entityType))
                .setParameter(5, AuditText.name(String.valueOf(entityId)))
                .setParameter(6, AuditText.state(before)).setParameter(7, AuditText.state(after))
                .executeUpdate();
    }

    @Override
    public void record(java.sql.Connection connection, Actor actor, String action, String entityType, Object entityId,
            Object before, Object after) throws java.sql.SQLException {
        try (java.sql.PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO sh_audit_log (at, actor, action, entity_type, entity_id, before_state, after_state) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setString(2, AuditText.name(actor.username()));
            ps.setString(3, AuditText.name(action));
            ps.setString(4, AuditText.name(entityType));
            ps.setString(5, AuditText.name(String.valueOf(entityId)));
            ps.setString(6, AuditText.state(before));
            ps.setString(7, AuditText.state(after));
            ps.executeUpdate();
        }
    }

    @Override
    public void record(Actor actor, String action, String entityType, Object entityId, Object before, Object after) {
        Transactions.run(emf, em -> record(em, actor, action, entityType, entityId, before, after));
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        return Transactions.read(emf, em -> em.createNativeQuery(
                "SELECT at, actor, action, entity_type, entity_id, before_state, after_state FROM sh_audit_log ORDER BY id DESC")
                .setMaxResults(Math.max(1, Math.min(limit, 10_000))).getResultList())
                .stream().map(r -> toEntry((Object[]) r)).toList();
    }

    @Override
    public List<AuditEntry> history(String entityType, Object entityId) {
        return Transactions.read(emf, em -> em.createNativeQuery(
                "SELECT at, actor, action, entity_type, entity_id, before_state, after_state FROM sh_audit_log "
                        + "WHERE entity_type = ?1 AND entity_id = ?2 ORDER BY id")
                .setParameter(1, AuditText.name(entityType)).setParameter(2, AuditText.name(String.valueOf(entityId))).getResultList())
                .stream().map(r -> toEntry((Object[]) r)).toList();
    }

    private static AuditEntry toEntry(Object[] r) {
        return new AuditEntry(((Timestamp) r[0]).toInstant(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6]);
    }

    private static Account toAccount(Object[] r) {
        return new Account((String) r[0], (String) r[1], parseRoles((String) r[2]), Boolean.TRUE.equals(r[3]));
    }

    static String rolesText(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    static Set<Role> parseRoles(String text) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(s -> {
            try {
                roles.add(Role.valueOf(s));
            } catch (IllegalArgumentException unknownRole) {
                // a role from a newer version: ignored rather than locking the account out
            }
        });
        return roles;
    }
}
