/** The nightly batch: ingest, tag, combine and flag in order, for a date or a range of dates. */
package org.troopwatch.nightly;
