/**
 * Stage 4, flag: compares figures over time and across sources and writes the {@code revisions} and
 * {@code consensus} tables.
 */
package org.troopwatch.flag;
