/**
 * The benchmark command: the floor (Spark reading the input and summing text lengths), then each
 * stage of the nightly over the same input into a fresh warehouse, timed, with the driver's peak
 * memory; the tag stage's Spark NLP part alone (tag-nlp), the bound on the tag stage's speed that
 * the claim rules cannot move; and a check that the tag stage's claims on the dev gold match the
 * LightPipeline path.
 */
package org.troopwatch.benchmark;
