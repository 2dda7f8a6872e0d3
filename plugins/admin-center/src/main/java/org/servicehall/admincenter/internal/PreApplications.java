package org.servicehall.admincenter.internal;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

import org.servicehall.casework.notice.ChecklistItem;
import org.servicehall.security.Actor;

/**
 * AC3 online pre-application (网上预审): a citizen sends the form and the materials before visiting;
 * staff pre-check them and answer once, with a one-time notice of every missing material or an
 * invitation to book a visit (Q9), so a complete application needs one visit. Bad input is refused
 * naming the field, with nothing stored.
 */
public interface PreApplications {
    /** Sends a pre-application (no login). @throws org.servicehall.common.ValidationException naming each bad field */
    PreApplication submit(long siteId, PreApplicationDraft draft);

    /**
     * Attaches a material's file to a waiting pre-application (no login, by its token), read up to the size limit.
     *
     * @param declaredType the Content-Type the browser sent
     * @param declaredSize the length the browser announced, or -1
     * @throws org.servicehall.common.ValidationException for a file too large, empty, of a type not taken or forged
     */
    PreApplicationFile attach(String token, String materialCode, String fileName, String declaredType, long declaredSize, InputStream content);

    /** @throws org.servicehall.common.NotFound for no such token */
    PreApplication byToken(String token);

    /** @throws org.servicehall.common.NotFound for no such pre-application */
    PreApplication byId(Actor actor, long id);

    List<PreApplication> list(Actor actor, long siteId, PreApplication.Status status);

    List<PreApplicationFile> files(long preappId);

    /** The file's content (staff). */
    byte[] content(Actor actor, long preappId, long fileId);

    /** The materials of the item the checklist asks for, at the site. */
    List<ChecklistItem> materials(long siteId, String serviceCode);

    /**
     * The materials still missing when the staff found {@code present} in order: the required ones not present.
     */
    List<ChecklistItem> missing(PreApplication p, Set<String> present);

    /**
     * Answers with a one-time notice listing every required material not in {@code present} (staff).
     *
     * @throws org.servicehall.common.Conflict when nothing is missing, or it was answered already
     */
    PreApplication answerWithNotice(Actor actor, long id, Set<String> present, String note);

    /**
     * Answers with an invitation to book a visit (staff), the application being complete.
     *
     * @throws org.servicehall.common.Conflict when a required material is still missing, or it was answered already
     */
    PreApplication invite(Actor actor, long id, Set<String> present, String note);

    /** The largest file taken, in bytes. */
    long maxFileBytes();
}
