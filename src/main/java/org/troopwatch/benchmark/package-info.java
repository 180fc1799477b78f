/**
 * The benchmark command: the floor (Spark reading the input and summing text lengths), then each
 * stage of the nightly over the same input into a fresh warehouse, timed, with the driver's peak
 * memory, and a check that the tag stage's claims on the dev gold match the LightPipeline path.
 */
package org.troopwatch.benchmark;
