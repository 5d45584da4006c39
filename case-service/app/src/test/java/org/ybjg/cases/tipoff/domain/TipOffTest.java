package org.ybjg.cases.tipoff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ybjg.chassis.domain.Refusal;

/**
 * Tip-offs (澄江市医保局2024年预算项目文本 §(九)) and their reward (docs/law.md#credit-and-rewards: a percentage,
 * at least ¥200, at most ¥200,000).
 */
class TipOffTest {

  private static final RewardRule RULE =
      new RewardRule(new BigDecimal("0.02"), new BigDecimal("200.00"), new BigDecimal("200000.00"));
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

  @ParameterizedTest(name = "verified {0} → reward {1}")
  @CsvSource({
    "18600.00,     372.00",
    "10000.00,     200.00",
    "9999.99,      200.00",
    "100.00,       200.00",
    "10000000.00,  200000.00",
    "10000050.00,  200000.00",
    "9999999.50,   199999.99"
  })
  void shouldRewardAPercentageWithinTheBoundsInclusiveWhenVerified(
      BigDecimal verified, BigDecimal reward) {
    assertThat(RULE.rewardFor(verified).amount()).isEqualByComparingTo(reward);
    assertThat(RULE.rewardFor(verified).rule()).contains("举报奖励办法");
  }

  @Test
  void shouldRunIntakeToFeedbackAndPayTheRewardOnceWhenNamed() {
    TipOff t =
        named()
            .take(
                TipOffAction.ACKNOWLEDGE,
                null,
                null,
                null,
                null,
                null,
                null,
                "county-admin",
                RULE,
                TODAY,
                NOW);
    assertThatThrownBy(
            () ->
                t.take(
                    TipOffAction.FEEDBACK,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "x",
                    "county-admin",
                    RULE,
                    TODAY,
                    NOW))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT));
    TipOff verified =
        t.take(
            TipOffAction.VERIFY,
            null,
            true,
            new BigDecimal("18600.00"),
            null,
            null,
            null,
            "county-admin",
            RULE,
            TODAY,
            NOW);
    TipOff handled =
        verified.take(
            TipOffAction.HANDLE,
            null,
            null,
            null,
            "已立案查处",
            "case-1",
            null,
            "county-admin",
            RULE,
            TODAY,
            NOW);
    TipOff answered =
        handled.take(
            TipOffAction.FEEDBACK,
            null,
            null,
            null,
            null,
            null,
            "经查属实(演示)",
            "county-admin",
            RULE,
            TODAY,
            NOW);
    TipOff paid =
        answered.take(
            TipOffAction.PAY_REWARD,
            null,
            null,
            null,
            null,
            null,
            null,
            "county-admin",
            RULE,
            TODAY,
            NOW);

    assertThat(paid.status()).isEqualTo(TipOffStatus.FEEDBACK_GIVEN);
    assertThat(paid.caseId()).isEqualTo("case-1");
    assertThat(paid.reward().amount()).isEqualByComparingTo("372.00");
    assertThat(paid.reward().status()).isEqualTo(RewardStatus.PAID);
    assertThat(paid.reward().paidOn()).isEqualTo(TODAY);
    assertThatThrownBy(
            () ->
                paid.take(
                    TipOffAction.PAY_REWARD,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "county-admin",
                    RULE,
                    TODAY,
                    NOW))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("reward-already-paid"));
  }

  @Test
  void shouldNotRewardAnAnonymousWhistleblowerNorKeepAnIdentity() {
    TipOff anonymous =
        TipOff.receive(
            "t1",
            "ABCDEFGHJKLM",
            "990102",
            List.of("990102", "990100", "990000"),
            null,
            "示范县人民医院(演示)",
            "挂床住院(演示)",
            TipOffChannel.PHONE,
            true,
            new Whistleblower("张三", "138", null, null),
            "county-admin",
            TODAY,
            NOW);
    TipOff verified =
        anonymous
            .take(
                TipOffAction.ACKNOWLEDGE,
                null,
                null,
                null,
                null,
                null,
                null,
                "county-admin",
                RULE,
                TODAY,
                NOW)
            .take(
                TipOffAction.VERIFY,
                null,
                true,
                new BigDecimal("5000.00"),
                null,
                null,
                null,
                "county-admin",
                RULE,
                TODAY,
                NOW);

    assertThat(anonymous.whistleblower()).as("anonymous: nothing kept").isNull();
    assertThat(verified.reward()).isNull();
    assertThatThrownBy(
            () ->
                verified.take(
                    TipOffAction.PAY_REWARD,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "county-admin",
                    RULE,
                    TODAY,
                    NOW))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("reward-needs-identity"));
  }

  @Test
  void shouldRequireANameAndAContactWhenNamedAndLetOnlyHandlersAct() {
    assertThatThrownBy(
            () ->
                TipOff.receive(
                    "t1",
                    "ABCDEFGHJKLM",
                    "990102",
                    List.of("990102"),
                    null,
                    null,
                    "x",
                    TipOffChannel.ONLINE,
                    false,
                    new Whistleblower("张三", null, null, null),
                    "county-admin",
                    TODAY,
                    NOW))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("identity-required"));
    TipOff t = named();
    assertThat(t.isHandler("county-admin")).isTrue();
    assertThat(t.isHandler("inspector")).isFalse();
    assertThatThrownBy(
            () ->
                t.take(
                    TipOffAction.ACKNOWLEDGE,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "inspector",
                    RULE,
                    TODAY,
                    NOW))
        .isInstanceOf(Refusal.class);
    TipOff assigned =
        t.take(
            TipOffAction.ASSIGN,
            "inspector",
            null,
            null,
            null,
            null,
            null,
            "county-admin",
            RULE,
            TODAY,
            NOW);
    assertThat(assigned.isHandler("inspector")).isTrue();
  }

  @Test
  void shouldReceiveACitizensOnlineTipOffUnclaimedUntilAnAdministratorAssignsAHandler() {
    TipOff online =
        TipOff.receiveOnline(
            "t2",
            "ABCDEFGHJKLN",
            "990102",
            List.of("990102", "990100", "990000"),
            "示范县人民医院(演示)",
            "挂床住院(演示)",
            false,
            new Whistleblower("李四(演示)", "13900000000", null, null),
            TODAY,
            NOW);

    assertThat(online.channel()).isEqualTo(TipOffChannel.ONLINE);
    assertThat(online.receivedBy()).isEqualTo(TipOff.ONLINE_INTAKE);
    assertThat(online.isUnclaimed()).isTrue();
    assertThat(online.whistleblower().name()).isEqualTo("李四(演示)");
    assertThatThrownBy(
            () ->
                online.take(
                    TipOffAction.ACKNOWLEDGE,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "county-admin",
                    RULE,
                    TODAY,
                    NOW))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("not-a-handler"));
    TipOff claimed =
        online.take(
            TipOffAction.ASSIGN,
            "county-admin",
            null,
            null,
            null,
            null,
            null,
            "county-admin",
            RULE,
            TODAY,
            NOW);
    assertThat(claimed.handlers()).containsExactly("county-admin");
    assertThat(claimed.mayTake("city-admin", TipOffAction.ASSIGN)).isFalse();
    assertThat(
            claimed
                .take(
                    TipOffAction.ACKNOWLEDGE,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "county-admin",
                    RULE,
                    TODAY,
                    NOW)
                .status())
        .isEqualTo(TipOffStatus.ACKNOWLEDGED);
    assertThatThrownBy(
            () ->
                TipOff.receiveOnline(
                    "t3",
                    "ABCDEFGHJKLP",
                    "990102",
                    List.of("990102"),
                    null,
                    "x",
                    false,
                    null,
                    TODAY,
                    NOW))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("identity-required"));
    assertThat(
            TipOff.receiveOnline(
                    "t4",
                    "ABCDEFGHJKLQ",
                    "990102",
                    List.of("990102"),
                    null,
                    "x",
                    true,
                    new Whistleblower("王五", "13700000000", null, null),
                    TODAY,
                    NOW)
                .whistleblower())
        .isNull();
  }

  private static TipOff named() {
    return TipOff.receive(
        "t1",
        "ABCDEFGHJKLM",
        "990102",
        List.of("990102", "990100", "990000"),
        null,
        "示范县人民医院(演示)",
        "虚记检查费(演示)",
        TipOffChannel.ONLINE,
        false,
        new Whistleblower("张三(演示)", "13800000000", null, null),
        "county-admin",
        TODAY,
        NOW);
  }
}
