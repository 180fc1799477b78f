package org.troopwatch.tag.lang.uk;

import org.troopwatch.tag.lang.ru.CyrillicTime;

/**
 * Ukrainian time expressions ("6 лютого", "у грудні 2025-го", "минулого місяця"), from {@code
 * lang/uk/}.
 */
public final class UkrainianTime extends CyrillicTime {

  private static final long serialVersionUID = 1L;

  public UkrainianTime() {
    super("uk");
  }
}
