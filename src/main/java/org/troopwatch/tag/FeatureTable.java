package org.troopwatch.tag;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The part-of-speech model's ({@link PartOfSpeech}) feature weights in an open-addressing table:
 * OpenNLP keeps them in a LinkedHashMap whose nodes cost a cache miss more per feature, and it
 * turns every score into a probability (one exp per tag) where only the best tag is read.
 */
final class FeatureTable {

  private static volatile FeatureTable shared;

  /**
   * Two raw sums closer than this count as tied: the model's probabilities are exp(sum) / Z,
   * computed with rounding errors near 1e-15, so a wider gap keeps their order.
   */
  private static final double MARGIN = 1e-9;

  private final int[] hashes;
  private final String[] keys;
  private final Context[] weights;
  private final int mask;

  private FeatureTable(Map<String, Context> features) {
    int capacity = Integer.highestOneBit(Math.max(4, features.size() * 3)) << 1;
    hashes = new int[capacity];
    keys = new String[capacity];
    weights = new Context[capacity];
    mask = capacity - 1;
    for (Map.Entry<String, Context> e : features.entrySet()) {
      int h = e.getKey().hashCode();
      int slot = spread(h) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      hashes[slot] = h;
      keys[slot] = e.getKey();
      weights[slot] = e.getValue();
    }
  }

  /** The table of a GIS model, built once per JVM (the model is shared). */
  @SuppressWarnings("unchecked")
  static FeatureTable of(MaxentModel model) {
    FeatureTable t = shared;
    if (t == null) {
      synchronized (FeatureTable.class) {
        if (shared == null) {
          // getDataStructures(): {weights by feature index, weights by feature name, outcomes}.
          Object[] data = ((AbstractModel) model).getDataStructures();
          shared = new FeatureTable((Map<String, Context>) data[1]);
        }
        t = shared;
      }
    }
    return t;
  }

  /**
   * The outcome whose summed weights are highest, or -1 when another one comes within {@link
   * #MARGIN} of it.
   */
  static int clearBest(double[] sums) {
    int best = 0;
    double second = Double.NEGATIVE_INFINITY;
    for (int o = 1; o < sums.length; o++) {
      if (sums[o] > sums[best]) {
        second = sums[best];
        best = o;
      } else if (sums[o] > second) {
        second = sums[o];
      }
    }
    return sums[best] - second > MARGIN ? best : -1;
  }

  /**
   * Adds the weights of the feature {@code lead + text[from, to)} (then {@code "," + tail} when
   * tail is not null) to {@code sums}, one slot per outcome, without building its name: its String
   * hash is computed from the parts and the stored name compared with them in place.
   */
  void add(String lead, String text, int from, int to, String tail, double[] sums) {
    int h = lead.hashCode();
    if (from == 0 && to == text.length()) {
      h = h * power(to) + text.hashCode();
    } else {
      for (int k = from; k < to; k++) {
        h = 31 * h + text.charAt(k);
      }
    }
    int length = lead.length() + to - from;
    if (tail != null) {
      h = (31 * h + ',') * power(tail.length()) + tail.hashCode();
      length += 1 + tail.length();
    }
    for (int slot = spread(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (hashes[slot] == h
          && key.length() == length
          && key.startsWith(lead)
          && key.regionMatches(lead.length(), text, from, to - from)
          && (tail == null
              || key.charAt(length - tail.length() - 1) == ',' && key.endsWith(tail))) {
        Context c = weights[slot];
        int[] outcomes = c.getOutcomes();
        double[] parameters = c.getParameters();
        for (int j = 0; j < outcomes.length; j++) {
          sums[outcomes[j]] += parameters[j];
        }
        return;
      }
    }
  }

  /** 31 to the n, as String hashes multiply (overflowing alike). */
  private static int power(int n) {
    if (n < POWERS.length) {
      return POWERS[n];
    }
    int p = 1;
    for (int k = 0; k < n; k++) {
      p *= 31;
    }
    return p;
  }

  private static final int[] POWERS = new int[64];

  static {
    POWERS[0] = 1;
    for (int k = 1; k < POWERS.length; k++) {
      POWERS[k] = POWERS[k - 1] * 31;
    }
  }

  private static int spread(int h) {
    return h * 0x9E3779B9 ^ (h >>> 16);
  }
}
