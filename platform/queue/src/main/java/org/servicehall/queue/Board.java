package org.servicehall.queue;

import java.time.Instant;
import java.util.List;

/**
 * Q7: a display board's content: the ticket each window is calling or serving, and the last calls.
 * Names of citizens never appear: a board shows numbers only (S3).
 */
public record Board(String siteCode, String siteName, List<Call> current, List<Call> recent, Instant asOf) {

    /** One call: "请A012号到3号窗口办理". */
    public record Call(String number, int windowNumber, String windowName, String serviceName, Instant at, int recalls) {
    }
}
