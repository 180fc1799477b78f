/**
 * Stage 2, tag: finds claims about foreign troop figures in articles with a Spark NLP pipeline
 * (prefiltered), and writes the {@code claims} table; every claim points back to its sentence.
 */
package org.troopwatch.tag;
