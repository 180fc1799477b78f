package org.troopwatch.tag.lang;

import java.util.stream.Collectors;

/**
 * The figures a reader finds in a sentence, as "low high qualifier [flags] <text>; ..." for tests.
 */
public final class FigureText {

  private FigureText() {}

  public static String read(NumberReader reader, String sentence) {
    return reader.find(sentence).stream()
        .map(
            f ->
                f.low()
                    + " "
                    + f.high()
                    + " "
                    + f.qualifier().code()
                    + (f.flags().isEmpty() ? "" : " " + f.flags())
                    + " <"
                    + f.text()
                    + ">")
        .collect(Collectors.joining("; "));
  }
}
