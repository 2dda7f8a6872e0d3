/**
 * The archive (归档, REQUIREMENTS T6): a completed case's materials and decision, each file kept with
 * its retention period and the SHA-256 recorded when it was archived. Every read verifies the
 * hash (a tampered file is reported, not served) and is logged; nothing is disposed of before its
 * retention ends. Uploads are size-limited and their type is checked by their content (PDF, PNG,
 * JPEG, TIFF), not by their name.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.servicehall.casework.archive;
