package org.troopwatch.tag.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TsvResourceTest {

  @Test
  void aMissingKnowledgeFileIsNamedInTheError() {
    assertThatThrownBy(() -> TsvResource.rows("en/no-such-file.tsv", "word"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/org/troopwatch/tag/lang/en/no-such-file.tsv");
  }

  @Test
  void aFileWithOtherColumnsThanExpectedIsRejectedWithTheLine() {
    assertThatThrownBy(() -> TsvResource.rows("en/ranges.tsv", "opener", "joiner"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ranges.tsv:")
        .hasMessageContaining("expected [opener, joiner]");
  }

  @Test
  void readsEveryRowOfAShippedFileWithItsColumns() {
    assertThat(TsvResource.rows("en/ranges.tsv", "opener", "connector"))
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row).hasSize(2));
  }
}
