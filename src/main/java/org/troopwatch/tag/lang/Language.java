package org.troopwatch.tag.lang;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.troopwatch.knowledge.ResourceTable;
import org.troopwatch.tag.Lexicon;

/**
 * One language the tagger reads, loaded by code from {@code lang/languages.tsv}: its code, its
 * three readers (words with lemmas, numbers, time expressions) and its data folder {@code
 * lang/<code>/}. English's bundle wraps the tagger's tokenizer, figure parser, time resolver and
 * {@link Lexicon}; the other languages' data (metrics, personnel, cues, countries, places, forces,
 * sources, regions, grammar) is read from their folders by {@code tag.claim.words.WordLexicon}.
 *
 * <p>A language is a folder plus its small reader classes: nothing else names it.
 */
public final class Language implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The index of bundled languages. */
  public static final String INDEX = "org/troopwatch/tag/lang/languages.tsv";

  /** The code of the language the tagger's original rules read. */
  public static final String ENGLISH = "en";

  /**
   * The code ingest gives a text whose language it could not tell (ISO 639-2 "und"); the English
   * rules read such texts too.
   */
  public static final String UNDETERMINED = org.troopwatch.ingest.LanguageDetector.UNDETERMINED;

  private static volatile Map<String, Language> bundled;

  private final String code;
  private final String wordsClass;
  private final String numbersClass;
  private final String timeClass;
  // The readers are not safe for two threads at once (an analyzer per reader): one per thread,
  // as Spark runs several tasks in one executor.
  private transient ThreadLocal<WordReader> words;
  private transient ThreadLocal<NumberReader> numbers;
  private transient ThreadLocal<TimeReader> time;

  private Language(String code, String wordsClass, String numbersClass, String timeClass) {
    this.code = code;
    this.wordsClass = wordsClass;
    this.numbersClass = numbersClass;
    this.timeClass = timeClass;
    instance(wordsClass, WordReader.class);
    instance(numbersClass, NumberReader.class);
    instance(timeClass, TimeReader.class);
  }

  private synchronized void readers() {
    if (words == null) {
      words = ThreadLocal.withInitial(() -> instance(wordsClass, WordReader.class));
      numbers = ThreadLocal.withInitial(() -> instance(numbersClass, NumberReader.class));
      time = ThreadLocal.withInitial(() -> instance(timeClass, TimeReader.class));
    }
  }

  /** Every bundled language, in the index's order (English first). */
  public static Map<String, Language> bundled() {
    Map<String, Language> all = bundled;
    if (all == null) {
      synchronized (Language.class) {
        if (bundled == null) {
          Map<String, Language> read = new LinkedHashMap<>();
          for (ResourceTable.Row row :
              ResourceTable.load(INDEX, "code", "words", "numbers", "time").rows()) {
            read.put(
                row.get("code"),
                new Language(
                    row.get("code"), row.get("words"), row.get("numbers"), row.get("time")));
          }
          bundled = java.util.Collections.unmodifiableMap(read);
        }
        all = bundled;
      }
    }
    return all;
  }

  /** The codes of the bundled languages. */
  public static List<String> codes() {
    return List.copyOf(bundled().keySet());
  }

  /**
   * The bundle of {@code code}.
   *
   * @throws IllegalArgumentException naming the code and the bundled ones when it is not bundled
   */
  public static Language of(String code) {
    Language language = bundled().get(code);
    if (language == null) {
      throw new IllegalArgumentException(
          "no language bundle '" + code + "' (bundled: " + String.join(",", codes()) + ")");
    }
    return language;
  }

  private static <T> T instance(String className, Class<T> type) {
    try {
      return type.cast(Class.forName(className).getDeclaredConstructor().newInstance());
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException(
          INDEX + ": cannot make a " + type.getSimpleName() + " of " + className, e);
    }
  }

  /** ISO 639-1 code, as the articles table's language column writes it. */
  public String code() {
    return code;
  }

  /** The language's words with lemmas (this thread's reader). */
  public WordReader words() {
    readers();
    return words.get();
  }

  /** The language's number expressions. */
  public NumberReader numbers() {
    readers();
    return numbers.get();
  }

  /** The language's time expressions. */
  public TimeReader time() {
    readers();
    return time.get();
  }

  /** The classpath folder of the language's data files, ending with '/'. */
  public String folder() {
    return "org/troopwatch/tag/lang/" + code + "/";
  }

  /** True for English, which the original claim steps over Spark NLP annotations read. */
  public boolean isEnglish() {
    return ENGLISH.equals(code);
  }

  /** English's lexicon (its folder's data); the other languages' data is a WordLexicon. */
  public Lexicon englishLexicon() {
    if (!isEnglish()) {
      throw new IllegalStateException(code + " has no English lexicon");
    }
    return Lexicon.defaults();
  }

  /** A data file of the language's folder. */
  public ResourceTable table(String file, String... columns) {
    return ResourceTable.load(folder() + file, columns);
  }

  @Override
  public String toString() {
    return code;
  }
}
