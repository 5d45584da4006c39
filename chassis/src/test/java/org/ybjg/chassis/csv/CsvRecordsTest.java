package org.ybjg.chassis.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

  @Test
  void shouldReadQuotedCommasDoubledQuotesAndLineBreaksWhenQuoted() {
    assertThat(
            CsvRecords.of("\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\n1,,3\n"))
        .containsExactly(
            List.of("a", "b", "c"),
            List.of("x, y", "say \"hi\"", "two\nlines"),
            List.of("1", "", "3"));
  }

  @Test
  void shouldKeepShortRecordsShortAndHashesAsDataWhenUploaded() {
    assertThat(CsvRecords.of("a,b\n1\n#2,3"))
        .containsExactly(List.of("a", "b"), List.of("1"), List.of("#2", "3"));
  }

  @Test
  void shouldRefuseTextWhenAQuotedFieldIsNeverClosed() {
    assertThatThrownBy(() -> CsvRecords.of("a,b\n\"open,1\n"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldSkipCommentLinesAndJoinTheRestIntoTheLastColumnWhenReadingARuleTable() {
    List<List<String>> rows =
        CsvRecords.tableRows(
            List.of(
                "# a comment, with commas",
                "k,v,source",
                "  # an indented comment",
                "A,1,第一条, 第二条",
                "B,2,\"quoted, as well\"",
                "C,3"),
            "k,v,source",
            "the table");
    assertThat(rows)
        .containsExactly(
            List.of("A", "1", "第一条, 第二条"), List.of("B", "2", "quoted, as well"), List.of("C", "3"));
  }

  @Test
  void shouldRefuseARuleTableWhenItsHeaderIsNotTheFirstRecord() {
    assertThatThrownBy(() -> CsvRecords.tableRows(List.of("A,1,x"), "k,v,source", "the table"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the table must start with the header k,v,source");
  }
}
