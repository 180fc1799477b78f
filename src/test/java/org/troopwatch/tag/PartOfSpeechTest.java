package org.troopwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.troopwatch.tag.figure.Token;
import org.troopwatch.tag.figure.Tokenizer;
import org.troopwatch.testing.DevGold;

/** The part-of-speech tagger's own greedy decoding against OpenNLP's beam search. */
class PartOfSpeechTest {

  @Test
  void theGreedyDecoderGivesOpenNlpsTagsOnEverySentenceOfTheDevArticles() {
    PartOfSpeech.Greedy tagger = new PartOfSpeech.Greedy();
    List<String> differ = new ArrayList<>();
    int sentences = 0;
    for (DevGold.Article a : DevGold.articles()) {
      for (SentenceSplitter.Span s : SentenceSplitter.defaults().split(a.text())) {
        String[] words =
            Tokenizer.tokenize(a.text().substring(s.begin(), s.end())).stream()
                .map(Token::text)
                .toArray(String[]::new);
        if (words.length == 0) {
          continue;
        }
        sentences++;
        String greedy = String.join(" ", tagger.tag(words));
        String reference = String.join(" ", tagger.beamSearch(words));
        if (!greedy.equals(reference)) {
          differ.add(String.join(" ", words) + "\n  greedy " + greedy + "\n  beam   " + reference);
        }
      }
    }
    assertThat(differ).isEmpty();
    assertThat(sentences).isGreaterThan(400);
    assertThat(tagger.handedOver).as("sentences the greedy decoder left to OpenNLP").isLessThan(5);
  }

  @Test
  void theFeaturesAreOpenNlpsForEveryTokenOfTheDevArticlesAndForOddWords() {
    opennlp.tools.postag.POSContextGenerator reference = PartOfSpeech.openNlpContexts();
    List<String[]> sentences = new ArrayList<>();
    for (DevGold.Article a : DevGold.articles()) {
      for (SentenceSplitter.Span s : SentenceSplitter.defaults().split(a.text())) {
        sentences.add(
            Tokenizer.tokenize(a.text().substring(s.begin(), s.end())).stream()
                .map(Token::text)
                .toArray(String[]::new));
      }
    }
    // Short words, capitals, digit classes, letters beyond ASCII (a dotted capital I lower-cases
    // to two chars), a word longer than the hash's table of powers.
    sentences.add(
        new String[] {
          "I",
          "a",
          "U.S.",
          "NATO",
          "1,500",
          "2024",
          "12",
          "3.5",
          "1/2",
          "24-hour",
          "5th",
          "İstanbul",
          "Zürich",
          "ЗСУ",
          "'s",
          "-",
          "\u201C",
          "x".repeat(80),
          "Troops"
        });
    String[] tags = {"NOUN", "VERB", "DET", "ADP", "PROPN", "NUM", "PUNCT"};
    int tokens = 0;
    for (String[] words : sentences) {
      PartOfSpeech.Words prepared = new PartOfSpeech.Words(words);
      String[] before = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        List<String> emitted = new ArrayList<>();
        PartOfSpeech.Features.emit(
            prepared,
            i,
            before,
            (lead, text, from, to, tail) ->
                emitted.add(lead + text.substring(from, to) + (tail == null ? "" : "," + tail)));
        String[] expected =
            reference.getContext(i, words, java.util.Arrays.copyOf(before, i), new Object[0]);
        assertThat(emitted)
            .as("features of %s in %s", words[i], String.join(" ", words))
            .containsExactly(expected);
        before[i] = tags[i % tags.length];
        tokens++;
      }
    }
    assertThat(tokens).isGreaterThan(10_000);
  }

  @Test
  void featureWeightsFoundFromTheirPartsAreTheWeightsOfTheWholeName() {
    // A name split anywhere between lead, text and tail finds the same weights as whole.
    PartOfSpeech.Greedy tagger = new PartOfSpeech.Greedy();
    FeatureTable table = tagger.table();
    int outcomes = tagger.outcomes();
    for (String name : List.of("w&c=troops,lc", "t2=DET,NUM", "suf=ops", "p1w=the", "def")) {
      double[] whole = new double[outcomes];
      table.add(name, "", 0, 0, null, whole);
      assertThat(java.util.Arrays.stream(whole).anyMatch(w -> w != 0)).as(name).isTrue();
      for (int cut = 0; cut <= name.length(); cut++) {
        double[] parts = new double[outcomes];
        String padded = "<<" + name.substring(cut) + ">>";
        table.add(name.substring(0, cut), padded, 2, padded.length() - 2, null, parts);
        assertThat(parts).as("%s cut at %d", name, cut).containsExactly(whole);
      }
      int comma = name.indexOf(',');
      if (comma > 0) {
        double[] tailed = new double[outcomes];
        table.add(name.substring(0, 4), name, 4, comma, name.substring(comma + 1), tailed);
        assertThat(tailed).as("%s with its tail", name).containsExactly(whole);
      }
    }
    double[] unknown = new double[outcomes];
    table.add("w=", "nosuchwordatall", 0, 15, null, unknown);
    table.add("w&c=troops", "", 0, 0, "ic", unknown);
    assertThat(unknown).containsOnly(0.0);
  }

  @Test
  void aSentenceTaggedAgainWithItsWordsWeightsKeptGetsTheSameTags() {
    // The second time, every word's own feature weights come from the tagger's memory of words.
    PartOfSpeech.Greedy tagger = new PartOfSpeech.Greedy();
    String[] words = "About 1,500 North Korean soldiers were sent to Russia .".split(" ");
    String[] first = tagger.tag(words);
    assertThat(tagger.tag(words.clone())).containsExactly(first);
    assertThat(new PartOfSpeech.Greedy().tag(words)).containsExactly(first);
    assertThat(first[4]).isEqualTo("NOUN");
  }

  @Test
  void oneWordAndNoWordsAreTagged() {
    PartOfSpeech.Greedy tagger = new PartOfSpeech.Greedy();
    assertThat(tagger.tag(new String[] {"troops"})).containsExactly("NOUN");
    assertThat(tagger.tag(new String[0])).isEmpty();
  }
}
