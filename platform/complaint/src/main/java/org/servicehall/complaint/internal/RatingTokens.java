package org.servicehall.complaint.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * P1: the token of a visit's rating link: HMAC-SHA256 with the installation's secret over
 * {@code siteId|date|number}, the first 16 bytes in URL-safe Base64 (22 characters), so nobody
 * rates a visit by guessing ticket numbers. Plain Java.
 */
public final class RatingTokens {
    private final byte[] secret;

    public RatingTokens(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("the rating secret must have at least 16 bytes");
        }
        this.secret = secret.clone();
    }

    public String token(long siteId, LocalDate date, String number) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] full = mac.doFinal((siteId + "|" + date + "|" + number).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Compares in constant time. */
    public boolean valid(long siteId, LocalDate date, String number, String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(token(siteId, date, number).getBytes(StandardCharsets.US_ASCII),
                token.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
