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
  void oneWordAndNoWordsAreTagged() {
    PartOfSpeech.Greedy tagger = new PartOfSpeech.Greedy();
    assertThat(tagger.tag(new String[] {"troops"})).containsExactly("NOUN");
    assertThat(tagger.tag(new String[0])).isEmpty();
  }
}
