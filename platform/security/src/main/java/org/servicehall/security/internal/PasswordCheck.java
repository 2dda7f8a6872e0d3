package org.servicehall.security.internal;

import org.servicehall.common.ValidationException;
import org.servicehall.common.Validator;

/**
 * The first-admin password rules as a command, so {@code run.sh} refuses a password the platform
 * would refuse before it starts (issue: a refused {@code SERVICEHALL_ADMIN_PASSWORD} was easy to
 * miss). The password is read from the environment variable named by the second argument, never
 * from the command line, where {@code ps} would show it.
 *
 * <pre>java -cp security.jar:common.jar org.servicehall.security.internal.PasswordCheck admin SERVICEHALL_ADMIN_PASSWORD</pre>
 *
 * Exit status 0 when the password is acceptable; 1 with one line per broken rule on standard error;
 * 2 on wrong usage.
 */
public final class PasswordCheck {
    private PasswordCheck() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: PasswordCheck <username> <name of the environment variable holding the password>");
            System.exit(2);
        }
        String problem = problem(args[0], System.getenv(args[1]));
        if (problem != null) {
            System.err.println(problem);
            System.exit(1);
        }
    }

    /** Null when {@code password} is acceptable for {@code username}; else what is wrong, one rule per line. */
    static String problem(String username, String password) {
        Validator v = new Validator();
        AccountRules.checkPassword(v, AccountRules.normalizeUsername(username), password);
        try {
            v.throwIfInvalid();
            return null;
        } catch (ValidationException e) {
            StringBuilder text = new StringBuilder();
            for (ValidationException.FieldError f : e.errors()) {
                text.append(text.length() == 0 ? "" : "\n").append("the password ").append(f.message());
            }
            return text.toString();
        }
    }
}
