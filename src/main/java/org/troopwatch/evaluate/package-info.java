/** Scores the {@code claims} table against a hand-annotated gold set, as the claim spec says. */
package org.troopwatch.evaluate;
