package org.troopwatch.tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags (NOUN, VERB, NUM ...) from Apache OpenNLP's English
 * model trained on the UD English Web Treebank, shipped in {@code opennlp-models-pos-en}. The model
 * is loaded once per JVM; the tagger, which is not thread-safe, once per thread.
 */
final class PartOfSpeech {

  private static final String MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** The maxent model's entry in a POSModel's artifacts. */
  private static final String POS_MODEL_ENTRY = "pos.model";

  private static volatile POSModel model;
  private static final ThreadLocal<POSTaggerME> TAGGER =
      ThreadLocal.withInitial(() -> new POSTaggerME(model(), POSTagFormat.UD));

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

  /** The UD tag of each token. */
  static String[] tag(List<ArticleText.Token> tokens) {
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      String w = tokens.get(i).text();
      // The tokenizer splits "Korea's" into "Korea" "s"; the model knows the clitic as "'s".
      words[i] =
          w.equals("s") && i > 0 && tokens.get(i).begin() - tokens.get(i - 1).end() == 1 ? "'s" : w;
    }
    return TAGGER.get().tag(words);
  }
}
