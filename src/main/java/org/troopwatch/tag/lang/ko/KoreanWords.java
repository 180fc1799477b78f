package org.troopwatch.tag.lang.ko;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.troopwatch.tag.lang.Word;
import org.troopwatch.tag.lang.WordReader;

/**
 * Korean words at the level of morphemes, as Lucene's Nori analyzer reads them: "북한군이" gives 북한
 * (NNP), 군 (NNB) and 이 (J); a verb or adjective stem takes its dictionary form ("밝히" -> "밝히다").
 *
 * <p>Nori's tokenizer (with its dictionary, mecab-ko-dic, in the jar) is built on first use in each
 * JVM, so the reader ships to Spark tasks as an empty shell; one reader serves one thread at a
 * time.
 */
public final class KoreanWords implements WordReader {

  private static final long serialVersionUID = 1L;

  private transient KoreanTokenizer tokenizer;
  private transient CharTermAttribute term;
  private transient OffsetAttribute offset;
  private transient PartOfSpeechAttribute pos;

  @Override
  public List<Word> words(String sentence) {
    if (tokenizer == null) {
      open();
    }
    List<Word> words = new ArrayList<>();
    try {
      tokenizer.setReader(new StringReader(sentence));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        int begin = offset.startOffset();
        int end = offset.endOffset();
        POS.Tag tag = pos.getLeftPOS();
        words.add(
            new Word(
                sentence.substring(begin, end),
                begin,
                end,
                lemma(term.toString(), tag),
                tag.name()));
      }
      tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Nori cannot read a sentence held in memory", e);
    } finally {
      try {
        tokenizer.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return words;
  }

  /** A predicate's stem takes "다", the form dictionaries (and our data files) list it under. */
  static String lemma(String morpheme, POS.Tag tag) {
    return switch (tag) {
      case VV, VA, VX, VCP, VCN, XSV, XSA -> morpheme + "다";
      default -> morpheme;
    };
  }

  private void open() {
    // DISCARD splits dictionary compounds (북한군 -> 북한 + 군) and keeps only the parts;
    // punctuation is dropped, numbers stay whole (unigrams of unknown words off).
    tokenizer =
        new KoreanTokenizer(
            TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
            null,
            KoreanTokenizer.DecompoundMode.DISCARD,
            false,
            true);
    term = tokenizer.addAttribute(CharTermAttribute.class);
    offset = tokenizer.addAttribute(OffsetAttribute.class);
    pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
  }
}
