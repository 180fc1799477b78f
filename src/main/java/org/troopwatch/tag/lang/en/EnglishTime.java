package org.troopwatch.tag.lang.en;

import java.time.LocalDate;
import java.util.List;
import org.troopwatch.tag.lang.TimeReader;
import org.troopwatch.tag.time.TimeResolver;
import org.troopwatch.tag.time.TimeSpan;

/** English time expressions for the language seam: today's {@link TimeResolver}. */
public final class EnglishTime implements TimeReader {

  private static final long serialVersionUID = 1L;

  @Override
  public List<TimeSpan> find(String sentence, LocalDate published) {
    return TimeResolver.defaults().find(sentence, published, false);
  }
}
