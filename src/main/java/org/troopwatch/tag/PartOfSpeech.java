package org.troopwatch.tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Universal Dependencies part-of-speech tags (NOUN, VERB, NUM ...) from Apache OpenNLP's English
 * model trained on the UD English Web Treebank, shipped in {@code opennlp-models-pos-en}. The model
 * is loaded once per JVM; the tagger, which is not thread-safe, once per thread.
 */
public final class PartOfSpeech {

  private static final String MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** The maxent model's entry in a POSModel's artifacts. */
  private static final String POS_MODEL_ENTRY = "pos.model";

  private static volatile POSModel model;
  private static final ThreadLocal<Greedy> TAGGER = ThreadLocal.withInitial(Greedy::new);

  private PartOfSpeech() {}

  private static POSModel model() {
    if (model == null) {
      synchronized (PartOfSpeech.class) {
        if (model == null) {
          try (InputStream in = PartOfSpeech.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
              throw new IllegalStateException(
                  "part-of-speech model " + MODEL + " not on the class path");
            }
            POSModel shipped = new POSModel(in);
            // Greedy decoding (a beam of one) instead of the model's beam of three: the beam
            // search's three model evaluations per token made part-of-speech tagging the tag
            // stage's largest cost, and the rules read the best tag only.
            model =
                new POSModel(
                    shipped.getLanguage(),
                    (MaxentModel) shipped.getArtifact(POS_MODEL_ENTRY),
                    1,
                    null,
                    shipped.getFactory());
          } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + MODEL, e);
          }
        }
      }
    }
    return model;
  }

  /** OpenNLP's context generator for the shipped model, uncached: the features it weighs. */
  static POSContextGenerator openNlpContexts() {
    return model().getFactory().getPOSContextGenerator(0);
  }

  /** The UD tag of each token. */
  public static String[] tag(List<ArticleText.Token> tokens) {
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      String w = tokens.get(i).text();
      // The tokenizer splits "Korea's" into "Korea" "s"; the model knows the clitic as "'s".
      words[i] =
          w.equals("s") && i > 0 && tokens.get(i).begin() - tokens.get(i - 1).end() == 1 ? "'s" : w;
    }
    return TAGGER.get().tag(words);
  }

  /**
   * OpenNLP's tagger with a beam of one, decoded without the beam search: at each token the model's
   * most probable tag that the tag dictionary allows, as {@code BeamSearch} picks it, but without
   * sorting the scores and building candidate sequences for every token (a third of the tagger's
   * time). Where the beam search could choose otherwise (two tags equally probable, no allowed tag
   * among the most probable) the sentence goes to OpenNLP's own tagger, so the tags are always the
   * ones {@link POSTaggerME} gives. The features' weights are summed as {@link Features} names
   * them, without building their names; OpenNLP's context generator builds them only for a token
   * where the decoding falls back to OpenNLP's probabilities.
   */
  static final class Greedy {

    private static final Object[] NO_CONTEXT = new Object[0];

    private final POSTaggerME reference;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final MaxentModel maxent;
    private final double[] probs;
    private final double[] sums;
    private final FeatureTable table;

    /** Adds each feature's weights to {@link #sums}. */
    private final FeatureSink weigher;

    /** Sentences handed to OpenNLP's own decoding (for tests). */
    int handedOver;

    /**
     * The summed weights of the features of a word alone ({@link Features#emit}'s {@code own}), by
     * word: most tokens are frequent words, whose dozen own features are then one lookup. Summed in
     * another order than OpenNLP's, the sums differ from its own by rounding only, far below the
     * margin within which {@link FeatureTable#clearBest} hands the token to OpenNLP.
     */
    private final java.util.Map<String, double[]> ownWeights = new java.util.HashMap<>();

    /** How many words {@link #ownWeights} keeps before it starts afresh (2.4 MB of weights). */
    private static final int OWN_WORDS = 8192;

    Greedy() {
      POSModel m = model();
      reference = new POSTaggerME(m, POSTagFormat.UD);
      // The same parts POSTaggerME builds from the model (cache of one: the beam size).
      contexts = m.getFactory().getPOSContextGenerator(1);
      validator = m.getFactory().getSequenceValidator();
      maxent = (MaxentModel) m.getArtifact(POS_MODEL_ENTRY);
      probs = new double[maxent.getNumOutcomes()];
      sums = new double[maxent.getNumOutcomes()];
      table = FeatureTable.of(maxent);
      weigher = (lead, text, from, to, tail) -> table.add(lead, text, from, to, tail, sums);
    }

    /** The tag of each word. */
    String[] tag(String[] words) {
      String[] tags = new String[words.length];
      Words sentence = new Words(words);
      for (int i = 0; i < words.length; i++) {
        // Most tokens: a clear winner by the model's raw sums, which the tag dictionary allows.
        System.arraycopy(ownWeights(sentence, i), 0, sums, 0, sums.length);
        Features.emit(sentence, i, tags, IGNORED, weigher);
        int best = FeatureTable.clearBest(sums);
        // The validator reads the tag dictionary only, never the tags before i.
        if (best < 0 || !validator.validSequence(i, words, tags, maxent.getOutcome(best))) {
          String[] before = java.util.Arrays.copyOf(tags, i);
          String[] features = contexts.getContext(i, words, before, NO_CONTEXT);
          double[] scores = maxent.eval(features, probs);
          best = best(scores, i, words, before, true);
          if (best == -1) {
            best = best(scores, i, words, before, false);
          }
          if (best < 0) {
            handedOver++;
            return beamSearch(words);
          }
        }
        tags[i] = maxent.getOutcome(best);
      }
      return tags;
    }

    /** The summed weights of word i's own features. */
    private double[] ownWeights(Words sentence, int i) {
      double[] own = ownWeights.get(sentence.words[i]);
      if (own == null) {
        java.util.Arrays.fill(sums, 0);
        Features.emit(sentence, i, null, weigher, IGNORED);
        own = sums.clone();
        if (ownWeights.size() >= OWN_WORDS) {
          ownWeights.clear();
        }
        ownWeights.put(sentence.words[i], own);
      }
      return own;
    }

    private static final FeatureSink IGNORED = (lead, text, from, to, tail) -> {};

    /** The model's weights (for tests). */
    FeatureTable table() {
      return table;
    }

    /** How many tags the model has (for tests). */
    int outcomes() {
      return sums.length;
    }

    /** OpenNLP's own decoding, the reference this class must agree with. */
    String[] beamSearch(String[] words) {
      return reference.tag(words);
    }

    /**
     * The allowed outcome with the highest score, among the top-scoring ones only when {@code
     * topOnly}: -1 when there is none, -2 when two are tied (the beam search's choice between them
     * depends on its queue).
     */
    private int best(double[] scores, int i, String[] words, String[] before, boolean topOnly) {
      double max = Double.NEGATIVE_INFINITY;
      if (topOnly) {
        for (double score : scores) {
          max = Math.max(max, score);
        }
      }
      int best = -1;
      boolean tied = false;
      for (int p = 0; p < scores.length; p++) {
        if ((!topOnly || scores[p] >= max)
            && validator.validSequence(i, words, before, maxent.getOutcome(p))) {
          if (best >= 0 && scores[p] == scores[best]) {
            tied = true;
          } else if (best < 0 || scores[p] > scores[best]) {
            best = p;
            tied = false;
          }
        }
      }
      // A zero probability would make the beam search drop the sequence (its log is -infinity).
      return tied || best >= 0 && !(scores[best] > 0) ? -2 : best;
    }
  }

  /** Where the features of a token go: the sums of their weights when tagging, names in tests. */
  @FunctionalInterface
  interface FeatureSink {
    /** The feature named {@code lead + text[from, to)}, then {@code "," + tail} unless null. */
    void add(String lead, String text, int from, int to, String tail);
  }

  /** A sentence's words as the features read them: each lower-cased and classed once. */
  static final class Words {
    final String[] words;
    final String[] lower;
    final String[] classes;

    Words(String[] words) {
      this.words = words;
      lower = new String[words.length];
      classes = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        // OpenNLP's own lower-casing (code point by code point) and token classes (lc, ic, 4d...).
        lower[i] = StringUtil.toLowerCase(words[i]);
        classes[i] = FeatureGeneratorUtil.tokenFeature(words[i]);
      }
    }
  }

  /**
   * The features the shipped model was trained with, as its {@code generator.featuregen} lists them
   * and in OpenNLP's order (the order in which their weights are summed): the prior ({@code def});
   * suffixes and prefixes of up to four characters; the lower-cased word and the two words on each
   * side; the sentence start seen from up to two words on; the word's class and word-and-class; the
   * previous tag and the two previous tags. OpenNLP builds each as a new String (30 per token, each
   * hashed once); this passes the parts to a {@link FeatureSink}. {@code PartOfSpeechTest} holds it
   * to OpenNLP's context generator on every dev token.
   */
  static final class Features {

    /** The longest suffix and prefix. */
    private static final int AFFIX = 4;

    /** The window's words, relative to the word tagged, in OpenNLP's order. */
    private static final int[] WINDOW = {0, -1, -2, 1, 2};

    private static final String[] WORD_LEADS = {"p2w=", "p1w=", "w=", "n1w=", "n2w="};
    private static final String[] BEGIN_LEADS = {"S=begin", "p1S=begin", "p2S=begin"};

    private Features() {}

    /** The features of word i, given the tags of the words before it. */
    static void emit(Words s, int i, String[] tags, FeatureSink sink) {
      emit(s, i, tags, sink, sink);
    }

    /**
     * The features of word i: those of the word alone (the prior, affixes, the word, its class) to
     * {@code own}, those of its neighbours, place and the tags before it to {@code context}.
     */
    static void emit(Words s, int i, String[] tags, FeatureSink own, FeatureSink context) {
      String word = s.words[i];
      int n = word.length();
      own.add("def", "", 0, 0, null);
      for (int k = 1; k <= Math.min(AFFIX, n); k++) {
        own.add("suf=", word, n - k, n, null);
      }
      for (int k = 1; k <= Math.min(AFFIX, n); k++) {
        own.add("pre=", word, 0, k, null);
      }
      // The window: the word, then the previous two, then the next two.
      for (int offset : WINDOW) {
        int j = i + offset;
        if (j >= 0 && j < s.words.length) {
          String w = s.lower[j];
          (offset == 0 ? own : context).add(WORD_LEADS[offset + 2], w, 0, w.length(), null);
        }
      }
      if (i < BEGIN_LEADS.length) {
        context.add(BEGIN_LEADS[i], "", 0, 0, null);
      }
      String c = s.classes[i];
      own.add("wc=", c, 0, c.length(), null);
      own.add("w&c=", s.lower[i], 0, s.lower[i].length(), c);
      if (tags == null) {
        return;
      }
      String previous = i >= 1 ? tags[i - 1] : null;
      if (previous != null) {
        context.add("t=", previous, 0, previous.length(), null);
        String before = i >= 2 ? tags[i - 2] : null;
        if (before != null) {
          context.add("t2=", before, 0, before.length(), previous);
        }
      }
    }
  }
}
