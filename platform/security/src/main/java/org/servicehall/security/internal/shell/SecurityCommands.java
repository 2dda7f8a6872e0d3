package org.servicehall.security.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.servicehall.security.Actor;
import org.servicehall.security.ApiToken;
import org.servicehall.security.ApiTokenService;
import org.servicehall.security.IssuedToken;
import org.servicehall.security.Role;
import org.servicehall.security.SignInLock;
import org.servicehall.security.SignInService;

/**
 * Sign-in locks and API tokens from the Karaf shell (S1, issue 16): {@code hall:sign-in-locks},
 * {@code hall:unlock-account}, {@code hall:unlock-address}, {@code hall:tokens}, {@code hall:token-issue},
 * {@code hall:token-revoke}. The shell's users are administrators ({@link Actor#KARAF_CONSOLE}).
 */
public final class SecurityCommands {
    private SecurityCommands() {
    }

    /** A command about sign-in locks. */
    abstract static class SignInCommand implements Action {
        @Reference
        SignInService signIn;
    }

    /** A command about API tokens. */
    abstract static class TokenCommand implements Action {
        @Reference
        ApiTokenService tokens;
    }

    /** {@code hall:sign-in-locks}. */
    @Service
    @Command(scope = "hall", name = "sign-in-locks", description = "The accounts and client addresses locked for failed sign-ins")
    public static class Locks extends SignInCommand {
        @Override
        public Object execute() {
            for (SignInLock lock : signIn.locks()) {
                System.out.println(lock.kind() + " " + lock.subject() + ": " + lock.failures() + " failures, locked until " + lock.until());
            }
            return null;
        }
    }

    /** {@code hall:unlock-account li.na}. */
    @Service
    @Command(scope = "hall", name = "unlock-account", description = "Lift the sign-in lock of an account")
    public static class UnlockAccount extends SignInCommand {
        @Argument(index = 0, name = "username", required = true)
        String username;

        @Override
        public Object execute() {
            signIn.unlockAccount(Actor.KARAF_CONSOLE, username);
            System.out.println(username + " may sign in again");
            return null;
        }
    }

    /** {@code hall:unlock-address 10.0.0.7}. */
    @Service
    @Command(scope = "hall", name = "unlock-address", description = "Lift the sign-in lock of a client address")
    public static class UnlockAddress extends SignInCommand {
        @Argument(index = 0, name = "address", required = true)
        String address;

        @Override
        public Object execute() {
            signIn.unlockAddress(Actor.KARAF_CONSOLE, address);
            System.out.println("signing in from " + address + " is allowed again");
            return null;
        }
    }

    /** {@code hall:tokens}. */
    @Service
    @Command(scope = "hall", name = "tokens", description = "The API tokens of REST clients, newest first")
    public static class Tokens extends TokenCommand {
        @Override
        public Object execute() {
            for (ApiToken t : tokens.list()) {
                System.out.println(t.id() + "  " + t.prefix() + "…  " + t.client() + "  site " + t.siteCode() + "  " + t.role()
                        + (t.revoked() ? "  revoked " + t.revokedAt() : ""));
            }
            return null;
        }
    }

    /** {@code hall:token-issue "Kiosk 1" DEMO STAFF}: prints the secret once. */
    @Service
    @Command(scope = "hall", name = "token-issue", description = "Issue an API token for a REST client, scoped to a site and a role")
    public static class Issue extends TokenCommand {
        @Argument(index = 0, name = "client", required = true)
        String client;
        @Argument(index = 1, name = "site", required = true)
        String site;
        @Argument(index = 2, name = "role", required = true, description = "STAFF or SUPERVISOR")
        Role role;

        @Override
        public Object execute() {
            IssuedToken issued = tokens.issue(Actor.KARAF_CONSOLE, client, site, role);
            System.out.println("token " + issued.token().id() + " for " + client + " (site " + site + ", " + role + "):");
            System.out.println(issued.secret());
            System.out.println("shown once: give it to the client now; only its hash is kept");
            return null;
        }
    }

    /** {@code hall:token-revoke 3}. */
    @Service
    @Command(scope = "hall", name = "token-revoke", description = "Revoke an API token")
    public static class Revoke extends TokenCommand {
        @Argument(index = 0, name = "id", required = true)
        long id;

        @Override
        public Object execute() {
            tokens.revoke(Actor.KARAF_CONSOLE, id);
            System.out.println("token " + id + " revoked");
            return null;
        }
    }
}
