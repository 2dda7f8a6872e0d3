package org.servicehall.casework.fee.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.servicehall.casework.fee.FeeDecision;
import org.servicehall.casework.fee.FeeDraft;
import org.servicehall.casework.fee.FeePolicy;
import org.servicehall.casework.fee.FeeRefused;
import org.servicehall.casework.fee.FeeRequest;
import org.servicehall.common.Texts;
import org.servicehall.common.ValidationException;

/**
 * T5: a fee's fields, and whether the sector allows it: every {@link FeePolicy} of the item's
 * sector must allow it, and with none no fee is allowed. Plain Java.
 */
public final class FeeRules {
    static final Texts TEXTS = Texts.of(FeeRules.class, "casework-notice");
    static final BigDecimal MAX = new BigDecimal("1000000");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{0,39}");

    private FeeRules() {
    }

    /** @throws ValidationException naming every bad field */
    public static void check(FeeDraft draft) {
        if (draft == null) {
            throw ValidationException.of("fee", TEXTS.message("error.field.required"));
        }
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (draft.serviceCode() == null || draft.serviceCode().isBlank()) {
            errors.add(ValidationException.FieldError.of("serviceCode", TEXTS.message("error.field.required")));
        }
        if (draft.feeCode() == null || !CODE.matcher(draft.feeCode()).matches()) {
            errors.add(ValidationException.FieldError.of("feeCode", TEXTS.message("error.field.code")));
        }
        if (draft.description() != null && draft.description().length() > 200) {
            errors.add(ValidationException.FieldError.of("description", TEXTS.message("error.field.tooLong", 200)));
        }
        BigDecimal a = draft.amount();
        if (a == null || a.signum() <= 0 || a.stripTrailingZeros().scale() > 2 || a.compareTo(MAX) > 0) {
            errors.add(ValidationException.FieldError.of("amount", TEXTS.message("error.fee.amount")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /**
     * The basis on which the sector's policies allow the fee.
     *
     * @throws FeeRefused with the refusing policy's reason, or saying that the sector allows no fees
     */
    public static String allowed(FeeRequest request, List<FeePolicy> policies) {
        List<FeePolicy> mine = policies.stream().filter(p -> request.serviceSector().equals(p.sector())).toList();
        if (mine.isEmpty()) {
            throw new FeeRefused(TEXTS.message("error.fee.noPolicy", request.feeCode(), request.serviceCode(), request.serviceSector()));
        }
        List<String> bases = new ArrayList<>();
        for (FeePolicy p : mine) {
            FeeDecision d = p.decide(request);
            if (d == null || !d.allowed()) {
                Object why = d == null || d.reason().isEmpty() ? TEXTS.message("error.fee.noReason") : d.readableReason();
                throw new FeeRefused(TEXTS.message("error.fee.refused", request.feeCode(), request.serviceCode(), why));
            }
            if (!d.reason().isEmpty()) {
                bases.add(d.reason());
            }
        }
        return String.join("; ", bases);
    }
}
