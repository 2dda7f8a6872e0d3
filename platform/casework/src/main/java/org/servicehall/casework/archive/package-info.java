/**
 * The archive (归档, REQUIREMENTS T6): a completed case's materials and decision, each file kept with
 * its retention period and the SHA-256 recorded when it was archived. Every read verifies the
 * hash (a tampered file is reported, not served) and is logged; nothing is disposed of before its
 * retention ends. Uploads are size-limited and their type is checked by their content (PDF, PNG,
 * JPEG, TIFF), not by their name. Since 1.1 that check's content sniffing is exported as
 * {@link org.servicehall.casework.archive.FileType}, for plugins that take uploads of their own.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.servicehall.casework.archive;
