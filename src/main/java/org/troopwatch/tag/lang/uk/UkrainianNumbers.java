package org.troopwatch.tag.lang.uk;

import org.troopwatch.tag.lang.ru.CyrillicNumbers;

/**
 * Ukrainian number expressions ("11 тис.", "шість тисяч", "понад тисячу"), from {@code lang/uk/}.
 */
public final class UkrainianNumbers extends CyrillicNumbers {

  private static final long serialVersionUID = 1L;

  public UkrainianNumbers() {
    super("uk");
  }
}
