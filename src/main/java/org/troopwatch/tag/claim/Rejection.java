package org.troopwatch.tag.claim;

/** Why a candidate figure makes no claim: each step that rejects names one of these. */
public enum Rejection {
  DATE_OR_CODE("the number is part of a date, a time, a ratio, a price or a ticker"),
  LABEL("the number names something (a unit, a resolution, an age) or is glued to a word"),
  DISCLAIMED("a disclaimer before it ('not to say') denies the figure"),
  OTHER_NOUN("it counts something of another noun ('the identities of 40 Marines')"),
  PART_OF_OTHER_GROUP("it takes a part of a group that is not troops ('10 of the dead')"),
  YEAR("a four-digit number with no personnel noun: a year"),
  COUNTS_THINGS("a noun that is not personnel follows it ('30 days', '200 tanks')"),
  SMALL_WORD_NUMBER("a small number in words with no noun of its own ('no one could stay')"),
  PRONOUN("a number word used as a pronoun ('the one they gave')"),
  NO_PERSONNEL("nothing in the sentence says it counts personnel"),
  NON_STATE_GROUP("it counts a group that is not a state's forces (militias, rebels)"),
  RANK_NOT_TOLL("officers by rank count only as a toll ('six generals advised')"),
  NO_GROUP_CONTEXT("it refers back to a group, and no earlier figure named one"),
  PEOPLE_NOT_TROOPS("it counts people of a country, not troops, outside a military toll"),
  WEAK_NOUN("a weak personnel noun ('men', 'guards') with no country and no military context"),
  NO_DEPLOYER("no country's forces could be told"),
  MULTINATIONAL("a multinational force's figure (NATO, the UN, a coalition)"),
  CIVILIAN("civilian staff or guards ('two security guards'), not armed forces"),
  CAPACITY("a capacity ('designed to accommodate up to 3,000'), not a force"),
  NO_HOST("no host could be told, or the troops are a country's own"),
  OWN_SOIL("the troops are on their own country's soil"),
  OWN_FORCE_CUT("a cut to a country's own end strength, not a withdrawal from anywhere"),
  LISTED_PART("one item of a list the sentence sums up after it ('A 55, B 13 ... 280 in all')"),
  NOT_A_TOLL("an article or an ordinal counts one soldier only in a toll ('a soldier said')"),
  MISSING("troops reported missing: not one of the metrics (convention 33)"),
  FORCE_SIZE("a force's overall size ('has 186,000 marines'): nothing places the troops abroad"),
  VICTIMS(
      "it counts the victims of a force ('its strike killed 30 people'), not the force's own toll"),
  MIXED_TOLL("a toll of several sides together ('on each side', 'soldiers and guerrillas')"),
  DISCIPLINE("a disciplinary or judicial event ('sacked', 'charged'), not a deployment or a toll"),
  TESTING_TOLL(
      "a toll of a weapon's development or tests ('killed during its testing'), not troops abroad"),
  DEFECTORS("troops who fled their own forces ('five fugitive soldiers'), not a deployment"),
  INSTALLATION_CREW(
      "the crew of an offshore installation ('personnel on the oil platform'), with no place named");

  private final String description;

  Rejection(String description) {
    this.description = description;
  }

  /** What the reason means, for explanations. */
  public String description() {
    return description;
  }
}
