package org.troopwatch.tag.lang.ko;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.troopwatch.tag.lang.Word;
import org.troopwatch.tag.lang.WordReader;

/** Korean morphemes from Nori, with offsets into the sentence and base forms. */
class KoreanWordsTest {

  private static final KoreanWords WORDS = new KoreanWords();

  private static String lemmas(WordReader reader, String sentence) {
    return String.join(" ", reader.words(sentence).stream().map(Word::lemma).toList());
  }

  @Test
  void aCompoundWithAParticleSplitsIntoMorphemesWithOffsetsIntoTheSentence() {
    String sentence = "러시아에 간 북한군이 늘었다.";
    List<Word> words = WORDS.words(sentence);
    assertThat(words).extracting(Word::text).startsWith("러시아", "에");
    // "간" is two morphemes on the same two characters: the stem 가 (base form 가다) and ㄴ.
    assertThat(words).extracting(Word::lemma).contains("가다");
    Word north = words.stream().filter(w -> w.text().equals("북한")).findFirst().orElseThrow();
    assertThat(sentence.substring(north.begin(), north.end())).isEqualTo("북한");
    assertThat(north.tag()).isEqualTo("NNP");
    assertThat(words).extracting(Word::text).containsSubsequence("북한", "군", "이");
    for (Word w : words) {
      assertThat(sentence.substring(w.begin(), w.end())).isEqualTo(w.text());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # sentence | lemmas that the data files list (metrics, personnel, cues)
          평양은 병력 2천 명을 러시아에 파병했다. | 병력|파병|하다
          정부는 공병 500명을 추가로 보냈다. | 공병|추가 로|보내다
          전투에서 북한 병사 40명이 숨졌다. | 병사|숨지다
          국정원은 사상자가 늘었다고 밝혔다. | 국정 원|사상 자|밝히다
          국정원에 따르면 포로 두 명이 있다. | 에 따르다 면|포로
          부대는 다음 달 철수할 예정이다. | 철수|예정
          """)
  void verbsTakeTheirBaseFormAndNounsStayAsTheDataFilesListThem(String sentence, String lemmas) {
    String read = " " + lemmas(WORDS, sentence) + " ";
    for (String lemma : lemmas.split("\\|")) {
      assertThat(read).contains(" " + lemma + " ");
    }
  }

  @Test
  void theReaderCrossesSerializationEmptyAndBuildsItsAnalyzerOnFirstUse() throws Exception {
    WORDS.words("북한군 3000명");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(WORDS);
    }
    assertThat(bytes.size()).isLessThan(200);
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      WordReader copy = (WordReader) in.readObject();
      assertThat(lemmas(copy, "병사들이 귀국했다")).contains("귀국");
    }
  }
}
