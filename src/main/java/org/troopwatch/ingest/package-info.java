/**
 * Stage 1, ingest: reads news corpora (JSON Lines, CSV, Parquet, WARC), normalises and validates
 * each record, folds syndicated copies into stories, and writes the {@code articles} and {@code
 * rejects} tables.
 */
package org.troopwatch.ingest;
