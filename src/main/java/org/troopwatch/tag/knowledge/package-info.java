/**
 * The tagger's knowledge: countries, places, state-tied forces and sources, loaded and validated
 * from the TSV files under {@code src/main/resources/org/troopwatch/knowledge/}.
 */
package org.troopwatch.tag.knowledge;
