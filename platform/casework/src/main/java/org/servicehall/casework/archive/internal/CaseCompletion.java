package org.servicehall.casework.archive.internal;

/** T6: whether a case is completed (办结, or closed by a written decision), so its files may be archived. */
@FunctionalInterface
public interface CaseCompletion {
    /**
     * @return null when the case is completed, else its stage as shown (for the message)
     * @throws org.servicehall.common.NotFound when there is no such case at the site
     */
    String openStage(long siteId, long caseId);
}
