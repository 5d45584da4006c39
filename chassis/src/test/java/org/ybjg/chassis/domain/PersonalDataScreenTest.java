package org.ybjg.chassis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ybjg.chassis.domain.PersonalDataScreen.Kind;

/**
 * Published free text holds no personal data (《中华人民共和国个人信息保护法》): every common way of writing an
 * ID-card or phone number, and the names of protected people, are found; dates, amounts and
 * institution codes are not.
 */
class PersonalDataScreenTest {

  private static Kind first(String text, String... names) {
    List<PersonalDataScreen.Hit> hits = PersonalDataScreen.scan(text, List.of(names));
    return hits.isEmpty() ? null : hits.get(0).kind();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "举报人电话13912345678已核实 | MOBILE_NUMBER",
        "联系电话 139 1234 5678 | MOBILE_NUMBER",
        "联系电话 151-4555-7349 | MOBILE_NUMBER",
        "电话+86 139 1234 5678 | MOBILE_NUMBER",
        "电话+8613912345678 | MOBILE_NUMBER",
        "电话0086-139-1234-5678 | MOBILE_NUMBER",
        "电话１３９１２３４５６７８ | MOBILE_NUMBER",
        "电话１３９－１２３４－５６７８ | MOBILE_NUMBER",
        "电话(139)1234-5678 | MOBILE_NUMBER",
        "座机 010-62345678 | LANDLINE_NUMBER",
        "座机（0755）8888 1234 | LANDLINE_NUMBER",
        "身份证号110105194912310026 | ID_NUMBER",
        "身份证号11010519491231002X | ID_NUMBER",
        "身份证号 11010519491231002x | ID_NUMBER",
        "身份证号 110105 19491231 002X | ID_NUMBER",
        "身份证号 1101-0519-4912-3100-2X | ID_NUMBER",
        "身份证号１１０１０５１９４９１２３１００２Ｘ | ID_NUMBER",
        "老身份证 110105491231002 | ID_NUMBER",
        "两个号码 13912345678 13812345678 | MOBILE_NUMBER",
      })
  void shouldFindANumberInEachNotation(String text, Kind kind) {
    assertThat(first(text)).isEqualTo(kind);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "检查期间 2019-01-01-2019-12-31，涉及金额186000000.00元",
        "2023年1月至2024年6月，追回资金 1,234,567.89 元",
        "机构编码 H99010200001，统一社会信用代码 12440000MB2C12345X",
        "处罚决定书 东医保罚〔2026〕13 号，罚款 20000 元",
        "检查 30 家，抽查比例 10%，问题 3 个，2024-03-01 至 2024-06-30",
      })
  void shouldLetOrdinaryFiguresThrough(String text) {
    assertThat(PersonalDataScreen.scan(text, List.of())).isEmpty();
  }

  @Test
  void shouldFindAProtectedNameHoweverSpaced() {
    assertThat(first("经举报人王小明反映", "王小明")).isEqualTo(Kind.PERSON_NAME);
    assertThat(first("经举报人王 小 明反映", "王小明")).isEqualTo(Kind.PERSON_NAME);
    assertThat(first("经群众举报反映", "王小明")).isNull();
    // a one-character "name" would match everywhere: not screened
    assertThat(first("王医生", "王")).isNull();
  }

  @Test
  void shouldMaskEveryFindingAndKeepTheRest() {
    assertThat(
            PersonalDataScreen.mask(
                "举报人王小明（电话 151-4555-7349，身份证 11010519491231002X）反映属实", List.of("王小明")))
        .isEqualTo("举报人***（电话 ***，身份证 ***）反映属实");
  }

  @Test
  void shouldRefuseNamingTheKindButNotTheData() {
    assertThatThrownBy(
            () -> PersonalDataScreen.refuseIfFound("summary", "电话 139 1234 5678", List.of()))
        .isInstanceOfSatisfying(
            Refusal.class,
            refusal -> {
              assertThat(refusal.code()).isEqualTo("personal-data");
              assertThat(refusal.field()).isEqualTo("summary");
              assertThat(refusal.arguments()).containsExactly("手机号码");
              assertThat(refusal.getMessage()).doesNotContain("1234");
            });
  }
}
