package org.troopwatch.tag.lang.ru;

/** Russian number expressions ("11 тыс.", "шести тысяч", "около 4000"), from {@code lang/ru/}. */
public final class RussianNumbers extends CyrillicNumbers {

  private static final long serialVersionUID = 1L;

  public RussianNumbers() {
    super("ru");
  }
}
