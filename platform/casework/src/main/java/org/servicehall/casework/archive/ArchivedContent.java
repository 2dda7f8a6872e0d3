package org.servicehall.casework.archive;

/** A file read back from the archive, its hash verified. */
public record ArchivedContent(ArchivedFile file, byte[] data) {
}
