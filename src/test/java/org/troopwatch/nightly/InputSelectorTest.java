package org.troopwatch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.troopwatch.nightly.InputSelector.InputFile;
import org.troopwatch.nightly.InputSelector.Mode;

class InputSelectorTest {

  private static final LocalDate DAY = LocalDate.parse("2024-03-05");
  private static final Instant WATERMARK = Instant.parse("2024-03-05T02:00:00Z");

  private static final InputFile HIVE_DAY =
      new InputFile("file:/in/date=2024-03-05/part-0.jsonl", Instant.parse("2024-03-06T00:00:00Z"));
  private static final InputFile HIVE_OTHER =
      new InputFile("file:/in/date=2024-03-04/part-0.jsonl", Instant.parse("2024-03-06T00:00:00Z"));
  private static final InputFile FOLDERS_DAY =
      new InputFile("file:/in/2024/03/05/feed.csv", Instant.parse("2024-03-01T00:00:00Z"));
  private static final InputFile UNDATED_NEW =
      new InputFile("file:/in/drop/new.jsonl", Instant.parse("2024-03-05T03:00:00Z"));
  private static final InputFile UNDATED_OLD =
      new InputFile("file:/in/drop/old.jsonl", Instant.parse("2024-03-04T03:00:00Z"));

  private static final List<InputFile> ALL =
      List.of(HIVE_DAY, HIVE_OTHER, FOLDERS_DAY, UNDATED_NEW, UNDATED_OLD);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "s3a://bucket/news/date=2024-03-05/a.jsonl, 2024-03-05",
    "/data/news/2024/03/05/a.jsonl, 2024-03-05",
    "/data/2023/news/2024/03/05/hour=01/a.jsonl, 2024-03-05",
    "date=2024-03-05/a.jsonl, 2024-03-05",
    "/data/news/2024/13/45/a.jsonl, ''",
    "/data/news/20240305/a.jsonl, ''",
    "/data/news/mydate=2024-03-05/a.jsonl, ''",
    "/data/news/a-2024-03-05.jsonl, ''"
  })
  void aPathNamesItsDayInHiveStyleOrInYearMonthDayFolders(String path, String expected) {
    assertThat(InputSelector.pathDate(path).map(LocalDate::toString).orElse(""))
        .isEqualTo(expected);
  }

  @Test
  void autoTakesTheDaysFoldersAndTheUndatedFilesNewerThanTheWatermark() {
    var selection = InputSelector.select(ALL, DAY, WATERMARK, Mode.AUTO);

    assertThat(selection.files()).containsExactly(HIVE_DAY, FOLDERS_DAY, UNDATED_NEW);
    assertThat(selection.watermark()).isEqualTo(UNDATED_NEW.modified());
  }

  @Test
  void withoutAWatermarkEveryUndatedFileIsNew() {
    var selection = InputSelector.select(ALL, DAY, null, Mode.AUTO);

    assertThat(selection.files()).containsExactly(HIVE_DAY, FOLDERS_DAY, UNDATED_NEW, UNDATED_OLD);
    assertThat(selection.watermark()).isEqualTo(UNDATED_NEW.modified());
  }

  @Test
  void pathDateModeIgnoresUndatedFilesAndKeepsTheWatermark() {
    var selection = InputSelector.select(ALL, DAY, WATERMARK, Mode.PATH_DATE);

    assertThat(selection.files()).containsExactly(HIVE_DAY, FOLDERS_DAY);
    assertThat(selection.watermark()).isEqualTo(WATERMARK);
  }

  @Test
  void watermarkModeChoosesByModificationTimeOnly() {
    var selection = InputSelector.select(ALL, DAY, WATERMARK, Mode.WATERMARK);

    assertThat(selection.files()).containsExactly(HIVE_DAY, HIVE_OTHER, UNDATED_NEW);
    assertThat(selection.watermark()).isEqualTo(HIVE_DAY.modified());
  }

  @Test
  void aSecondRunWithTheNewWatermarkFindsNothingNew() {
    var first = InputSelector.select(ALL, DAY, WATERMARK, Mode.WATERMARK);

    var second = InputSelector.select(ALL, DAY.plusDays(1), first.watermark(), Mode.WATERMARK);

    assertThat(second.files()).isEmpty();
    assertThat(second.watermark()).isEqualTo(first.watermark());
  }
}
