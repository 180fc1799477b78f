package org.troopwatch.tag.lang.en;

import java.util.List;
import org.troopwatch.tag.figure.Figure;
import org.troopwatch.tag.figure.FigureParser;
import org.troopwatch.tag.lang.NumberReader;

/** English numbers for the language seam: today's {@link FigureParser} over the jar's data. */
public final class EnglishNumbers implements NumberReader {

  private static final long serialVersionUID = 1L;

  @Override
  public List<Figure> find(String sentence) {
    return FigureParser.defaults().find(sentence);
  }
}
