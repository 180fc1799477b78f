package org.troopwatch.tag.lang.ru;

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
import org.troopwatch.tag.lang.uk.UkrainianWords;

/** Russian stems and Ukrainian dictionary forms, with offsets into the sentence. */
class RussianWordsTest {

  private static String lemmas(WordReader reader, String sentence) {
    return String.join(" ", reader.words(sentence).stream().map(Word::lemma).toList());
  }

  private static WordReader reader(String language) {
    return language.equals("ru") ? new RussianWords() : new UkrainianWords();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # language | sentence | lemmas that the data files list (metrics, personnel, cues)
          ru | Пхеньян направил в Курскую область 3 тыс. военных. | направ|воен
          ru | Россия направит туда еще две тысячи солдат. | направ|ещ|солдат
          ru | По данным разведки, погибли 40 бойцов. | по дан|погибл|бойц
          ru | Украинские военные взяли в плен двух солдат. | взял в плен|солдат
          ru | Россия вывела из Сирии 400 военнослужащих. | вывел|военнослужа
          uk | Пхеньян направив у Курську область 3 тис. військових. | направити|військовий
          uk | Росія надішле туди ще дві тисячі солдатів. | надіслати|ще|солдат
          uk | За даними розвідки, загинули 40 бійців. | за даний|загинути|боєць
          uk | Українські військові взяли в полон двох солдатів. | взяти в полон|солдат
          uk | Росія вивела із Сирії 400 військовослужбовців. | вивести|військовослужбовець
          """)
  void sentencesYieldTheLemmasTheDataFilesList(String language, String sentence, String lemmas) {
    String read = " " + lemmas(reader(language), sentence) + " ";
    for (String lemma : lemmas.split("\\|")) {
      assertThat(read).contains(" " + lemma + " ");
    }
  }

  @Test
  void wordsKeepTheirOffsetsAndTheirCaseWhileLemmasAreLowerCase() {
    String sentence = "На Курщині — понад 11 000 військових КНДР, з Придністров’я теж.";
    List<Word> words = new UkrainianWords().words(sentence);
    for (Word w : words) {
      assertThat(sentence.substring(w.begin(), w.end())).isEqualTo(w.text());
    }
    assertThat(words).extracting(Word::text).contains("Курщині", "11", "000", "Придністров’я");
    assertThat(words).extracting(Word::lemma).contains("курщина", "кндр", "військовий");
    assertThat(words.get(0).tag()).isNotNull();
    assertThat(new RussianWords().words("Россия и РФ"))
        .extracting(Word::lemma)
        .containsExactly("росс", "и", "рф");
  }

  @Test
  void bothReadersCrossSerializationAndWorkAfterIt() throws Exception {
    for (WordReader reader : List.of(new RussianWords(), new UkrainianWords())) {
      reader.words("Солдаты прибыли.");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(reader);
      }
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        WordReader copy = (WordReader) in.readObject();
        assertThat(copy.words("Солдати прибули")).hasSize(2);
      }
    }
  }
}
