package org.troopwatch.tag.figure;

/** A mark on a number expression that is not a count of people, or that has no figure at all. */
public enum Flag {
  /** An amount of money: "$5 million", "3 billion euros". */
  MONEY,
  /** A share: "5%", "5 percent". */
  PERCENT,
  /** A year: "in 1987", "mid-2011", "the 1990s". */
  YEAR,
  /** An ordinal: "third", "21st", "twenty-first". */
  ORDINAL,
  /** A clock time, a day of a month or a duration: "10:30", "March 7", "24 hours". */
  TIME,
  /** A quantity with a unit of measure: "5 km", "120 mm", "40 tonnes". */
  MEASURE,
  /** An amount without a figure: "hundreds", "several thousand", "dozens"; its bounds are null. */
  VAGUE
}
