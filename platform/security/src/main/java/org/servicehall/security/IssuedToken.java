package org.servicehall.security;

/**
 * A token just issued, with its secret: the only time the secret is known (it is stored hashed).
 *
 * @since 1.3
 */
public record IssuedToken(ApiToken token, String secret) {
    @Override
    public String toString() {
        return "IssuedToken[" + token + "]"; // never the secret in logs
    }
}
