package org.troopwatch.tag.lang.ru;

/** Russian time expressions ("6 февраля", "в прошлом месяце"), from {@code lang/ru/}. */
public final class RussianTime extends CyrillicTime {

  private static final long serialVersionUID = 1L;

  public RussianTime() {
    super("ru");
  }
}
