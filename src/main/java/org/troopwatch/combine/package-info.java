/**
 * Stage 3, combine: turns claims into the {@code figures} table, one row per source key and report
 * date, counting each syndicated story once.
 */
package org.troopwatch.combine;
