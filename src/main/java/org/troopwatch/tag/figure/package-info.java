/**
 * Number expressions in English news text: {@link org.troopwatch.tag.figure.FigureParser} finds
 * figures with their bounds and qualifier ("between 1,000 and 3,000", "nearly 1,000", "a couple
 * thousand") and flags numbers that are not counts of people (money, years, times, measures).
 */
package org.troopwatch.tag.figure;
