package org.servicehall.casework.notice;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.servicehall.security.Actor;

/**
 * One-time complete notices (一次性告知, T4): one notice per visit lists every material missing,
 * with what each must look like, its legal basis and where to bring it. The text is checked by the
 * conduct area's forbidden-phrase checker (C3) before it is issued; a second notice for the same
 * visit is refused and proposed to the supervisor as a violation of the one-notice rule (C5, rule
 * {@code FIRST-CONTACT-2}); a notice on a later visit lists only materials no earlier notice asked
 * for, or says why. An issued notice is kept with the case as a PDF with its Chinese text and font
 * embedded.
 */
@ProviderType
public interface OneTimeNotices {
    /**
     * Issues the visit's notice from its latest tick (staff).
     *
     * @throws NoticeRefused naming why, with nothing stored
     */
    OneTimeNotice issue(Actor actor, NoticeDraft draft);

    /** @throws org.servicehall.common.NotFound when there is no such notice */
    OneTimeNotice notice(long noticeId);

    /** The notices of a case, oldest first. */
    List<OneTimeNotice> notices(long siteId, long caseId);

    /** The PDF kept with the case. */
    byte[] pdf(long noticeId);
}
