package org.servicehall.casework.notice.internal;

/** T4: where a notice's QR code leads: the case's public progress page. */
@FunctionalInterface
public interface NoticeLinks {
    String progressUrl(String siteCode, String caseNumber);
}
