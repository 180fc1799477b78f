package org.troopwatch.tag.claim;

/** What part a figure plays in a change of a force's level (set by {@link DirectionStep}). */
enum Level {
  /** The level a change starts from ("cut from 5,200 to 3,000": 5,200). */
  START,
  /** The level a change goes to (3,000), scope total. */
  TARGET,
  /** The size of a change ("raise by 1,000"), scope increment. */
  BY,
  /** The whole a part is taken from ("2,200 of 5,200": 5,200). */
  WHOLE,
  /** What stays behind ("leaving 200 in Agadez"). */
  REMAIN,
  /** What will be out by a date ("would be gone by May"), planned. */
  GONE
}
