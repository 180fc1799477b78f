/**
 * Time expressions in English news text: {@link org.troopwatch.tag.time.TimeResolver} finds them
 * and resolves them against the article's publication date ("between January and February this
 * year", "last week", "on Sunday", "by December", "mid-January").
 */
package org.troopwatch.tag.time;
