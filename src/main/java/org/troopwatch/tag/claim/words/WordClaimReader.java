package org.troopwatch.tag.claim.words;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.troopwatch.common.Claim;
import org.troopwatch.tag.claim.ClaimExtractor.Outcome;
import org.troopwatch.tag.claim.Rejection;
import org.troopwatch.tag.claim.words.WordSentence.Mention;
import org.troopwatch.tag.figure.Figure;
import org.troopwatch.tag.lang.Language;
import org.troopwatch.tag.time.TimeSpan;

/**
 * The claim reader for a language read through the seam (Korean, Russian, Ukrainian): the same
 * figure-first order of named steps as the English {@code ClaimExtractor} (figure -> head -> metric
 * -> deployer -> host -> time -> attribution -> scope/planned -> confidence), over the language's
 * words, lemmas and data. Pure Java, one article at a time.
 */
public final class WordClaimReader implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Language language;
  private transient List<WordStep> steps;

  public WordClaimReader(Language language) {
    this.language = language;
  }

  /** One sentence of the article: its index, its offset in the text, its text. */
  public record Part(int index, int begin, String text) implements Serializable {}

  private List<WordStep> steps() {
    if (steps == null) {
      steps =
          List.of(
              new FigureWordStep(),
              new HeadWordStep(),
              new MetricWordStep(),
              new DeployerWordStep(),
              new HostWordStep(),
              new TimeWordStep(),
              new AttributionWordStep(),
              new ScopeWordStep(),
              new ConfidenceWordStep());
    }
    return steps;
  }

  /** The claims of an article split into sentences by {@link #split}. */
  public List<Claim> extract(String docId, LocalDate published, String text) {
    return claims(read(docId, published, split(text)));
  }

  /** The claims among outcomes. */
  public static List<Claim> claims(List<Outcome> outcomes) {
    List<Claim> claims = new ArrayList<>();
    for (Outcome o : outcomes) {
      if (o.claim() != null) {
        claims.add(o.claim());
      }
    }
    return claims;
  }

  /** Every candidate figure of the article's sentences, with its claim or its rejection. */
  public List<Outcome> read(String docId, LocalDate published, List<Part> parts) {
    WordLexicon lex = WordLexicon.of(language);
    List<WordSentence> sentences = new ArrayList<>();
    for (Part p : parts) {
      sentences.add(new WordSentence(p.index(), p.begin(), p.text(), lex));
    }
    WordContext context = new WordContext();
    context.articleDeployer = articleDeployer(sentences, lex);
    context.lastHost = firstHost(sentences, context.articleDeployer);
    context.firstSource = firstSpeaker(sentences);
    for (int i = 0; i + 1 < sentences.size(); i++) {
      String back = referredSource(sentences.get(i + 1));
      if (back != null) {
        context.sourceAfter.put(sentences.get(i).index, back);
      }
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (WordSentence s : sentences) {
      if (s.cue("topic_shift", 0, 2) >= 0) {
        // "한편 ...", "Напомним, ...": the outlet's own background; the source named before stops
        context.lastSource = null;
        context.sourceAge = 99;
        context.spoken = true;
      }
      for (Figure f : counts(s.text, published)) {
        WordCandidate c = new WordCandidate(docId, published, s, f, context, lex);
        outcomes.add(run(c));
      }
      remember(s, context);
    }
    return outcomes;
  }

  private Outcome run(WordCandidate c) {
    for (WordStep step : steps()) {
      Optional<Rejection> r = step.apply(c);
      if (r.isPresent()) {
        return new Outcome(c.s.index, c.figure, null, step.name(), r.get(), c.evidence());
      }
    }
    c.context.lastMetric = c.metric;
    return new Outcome(c.s.index, c.figure, c.toClaim(), null, null, c.evidence());
  }

  /** The figures of a sentence that count (no dates, sums, years; not inside a time expression). */
  List<Figure> counts(String text, LocalDate published) {
    List<Figure> out = new ArrayList<>();
    List<TimeSpan> spans = published == null ? List.of() : language.time().find(text, published);
    for (Figure f : language.numbers().find(text)) {
      if (f.isCount()
          && (f.low() != null || f.high() != null)
          && spans.stream().noneMatch(t -> t.charStart() < f.end() && f.start() < t.charEnd())) {
        out.add(f);
      }
    }
    return out;
  }

  /** After a sentence: its host-marked place and its source carry to the next ones. */
  private static void remember(WordSentence s, WordContext context) {
    context.sourceAge++;
    for (Mention m : s.mentions) {
      if ("source".equals(m.kind())
          && s.cue("relay", m.start() - 2, m.start()) < 0
          && WordAttribution.speaks(s, m)) {
        // The article's source is the first one that speaks in it: a name that is no speaker is an
        // aside ("NATO's eastern flank"), and a figure with no source of its own keeps the first.
        if (context.lastSource == null) {
          context.lastSource = m.entry().extra();
        }
        context.sourceAge = 0;
        context.spoken = true;
      }
      if (!"source".equals(m.kind())
          && !"capital".equals(m.kind())
          && s.hostMarked(m)
          && m.entry().value() != null
          && !m.entry().value().equals(context.articleDeployer)
          && !"demonym".equals(m.kind())
          && !"force".equals(m.kind())) {
        context.lastHost = m.entry().value();
        context.lastLocation = "place".equals(m.kind()) ? m.entry().extra() : null;
      }
    }
  }

  /** The first source that speaks in the article, or null. */
  private static String firstSpeaker(List<WordSentence> sentences) {
    for (WordSentence s : sentences) {
      for (Mention m : s.mentions) {
        if ("source".equals(m.kind())
            && s.cue("relay", m.start() - 2, m.start()) < 0
            && WordAttribution.speaks(s, m)) {
          return m.entry().extra();
        }
      }
    }
    return null;
  }

  /** The source a sentence names when it refers back to the one before ("Об этом сообщил ..."). */
  private static String referredSource(WordSentence s) {
    if (s.cue("about_this", 0, s.size()) < 0) {
      return null;
    }
    for (Mention m : s.mentions) {
      if ("source".equals(m.kind()) && s.cue("relay", m.start() - 2, m.start()) < 0) {
        return m.entry().extra();
      }
    }
    return null;
  }

  /** The country named most often beside a personnel noun in the article ("북한군"). */
  private static String articleDeployer(List<WordSentence> sentences, WordLexicon lex) {
    java.util.Map<String, Integer> votes = new java.util.LinkedHashMap<>();
    for (WordSentence s : sentences) {
      for (Mention m : s.mentions) {
        if (!DeployerWordStep.isCountry(m, lex) || s.hostMarked(m)) {
          continue;
        }
        boolean ownNoun = "force".equals(m.kind()) || "source".equals(m.kind());
        for (int i = Math.max(0, m.start() - 3); i <= Math.min(s.size() - 1, m.end() + 2); i++) {
          boolean owner = i >= m.start() || s.inCase(m, "owner_case"); // not "громадян Москві"
          if ((i < m.start() || i >= m.end() || ownNoun)
              && owner
              && lex.personnelAt(s.lemmas, i) != null) {
            votes.merge(m.entry().value(), 1, Integer::sum);
            break;
          }
        }
      }
    }
    return votes.entrySet().stream()
        .max(java.util.Map.Entry.comparingByValue())
        .map(java.util.Map.Entry::getKey)
        .orElse(null);
  }

  /**
   * The first host-marked country or place of the article that is not the deployer; a capital only
   * when there is none (a capital is where captives are brought or the government sits).
   */
  private static String firstHost(List<WordSentence> sentences, String deployer) {
    String capital = null;
    for (WordSentence s : sentences) {
      for (Mention m : s.mentions) {
        boolean isCapital = "capital".equals(m.kind());
        if (("country".equals(m.kind()) || "place".equals(m.kind()) || isCapital)
            && (s.hostMarked(m) || s.fromMarked(m))
            && m.entry().value() != null
            && !m.entry().value().equals(deployer)) {
          if (!isCapital) {
            return m.entry().value();
          }
          capital = capital == null ? m.entry().value() : capital;
        }
      }
    }
    return capital;
  }

  /** True when the next letter after white space is lower case: "11 тыс. военных" goes on. */
  private static boolean lowerCaseNext(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && Character.isLowerCase(text.charAt(i));
  }

  /**
   * Plain-Java sentences of a text (for tests and explanations; the Spark job takes Spark NLP's): a
   * sentence ends at a line break, or after '.', '?' or '!' followed by white space.
   */
  public static List<Part> split(String text) {
    List<Part> parts = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      boolean end =
          i == n
              || text.charAt(i) == '\n'
              || ((text.charAt(i) == '.' || text.charAt(i) == '?' || text.charAt(i) == '!')
                  && i + 1 < n
                  && Character.isWhitespace(text.charAt(i + 1))
                  && !lowerCaseNext(text, i + 1));
      if (end) {
        int e = i < n && text.charAt(i) != '\n' ? i + 1 : i;
        String piece = text.substring(start, e);
        int lead = piece.length() - piece.stripLeading().length();
        String trimmed = piece.strip();
        if (!trimmed.isEmpty()) {
          parts.add(new Part(parts.size(), start + lead, trimmed));
        }
        start = e;
      }
    }
    return parts;
  }
}
