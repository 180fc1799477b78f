package org.troopwatch.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads the records of one file lazily. A read that fails (a corrupt or truncated compressed file)
 * ends the file with one {@link RejectReason#UNREADABLE_FILE} record at the position reached,
 * keeping the records read before it.
 */
abstract class RecordIterator implements Iterator<SourceRecord>, Closeable {

  protected final String sourceFile;
  private SourceRecord next;
  private boolean done;

  RecordIterator(String sourceFile) {
    this.sourceFile = sourceFile;
  }

  /** The next record, or null at the end of the file. */
  protected abstract SourceRecord computeNext() throws IOException;

  /** The line reached so far, for the reject of a failed read (null when unknown). */
  protected Long lineReached() {
    return null;
  }

  /** The byte offset reached so far in the decompressed stream (null when unknown). */
  protected Long offsetReached() {
    return null;
  }

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      try {
        next = computeNext();
      } catch (IOException | RuntimeException e) {
        next =
            SourceRecord.failed(
                sourceFile,
                lineReached(),
                offsetReached(),
                null,
                RejectReason.UNREADABLE_FILE,
                "reading stopped: " + e);
        done = true;
        closeQuietly();
      }
      if (next == null) {
        done = true;
        closeQuietly();
      }
    }
    return next != null;
  }

  @Override
  public final SourceRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records in " + sourceFile);
    }
    SourceRecord record = next;
    next = null;
    return record;
  }

  private void closeQuietly() {
    try {
      close();
    } catch (IOException ignored) {
      // the records are read; a failing close loses nothing
    }
  }
}
