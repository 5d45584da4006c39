package org.ybjg.inspection.sampling.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ybjg.inspection.sampling.domain.RosterFixtures.CHECK_ON;
import static org.ybjg.inspection.sampling.domain.RosterFixtures.expert;
import static org.ybjg.inspection.sampling.domain.RosterFixtures.officer;
import static org.ybjg.inspection.sampling.domain.RosterFixtures.officers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ybjg.chassis.domain.Refusal;

/**
 * Team assignment and recusal (回避), one test per exclusion rule (docs/law.md#double-random:
 * inspectors with a conflict are replaced by a re-draw; 行政处罚法 art. 42: at least two certified
 * officers).
 */
class TeamAssignmentTest {

  private static final String SEED = "3141|2718|secret";
  private static final TeamRule PLAIN = new TeamRule(2, null, null, 12, false, Map.of());

  private static List<String> targets(int n) {
    return IntStream.range(0, n).mapToObj(i -> "inst-" + i).toList();
  }

  private static Map<String, String> inCounty(List<String> targets, String county) {
    Map<String, String> m = new java.util.HashMap<>();
    targets.forEach(t -> m.put(t, county));
    return m;
  }

  private static Set<String> ids(List<Team> teams) {
    Set<String> out = new java.util.HashSet<>();
    teams.forEach(t -> t.members().forEach(m -> out.add(m.inspectorId())));
    return out;
  }

  @Test
  void shouldGiveEveryTargetTwoOfficersAndTheSameTeamsForTheSameSeed() {
    List<String> targets = targets(20);
    List<RosterMember> roster = officers(5, "990102", "990103");
    List<Team> a =
        new TeamAssignment(SEED, PLAIN, CHECK_ON, roster, inCounty(targets, "990102"), Set.of())
            .assign(targets);
    List<Team> b =
        new TeamAssignment(SEED, PLAIN, CHECK_ON, roster, inCounty(targets, "990102"), Set.of())
            .assign(targets);
    List<Team> c =
        new TeamAssignment("other", PLAIN, CHECK_ON, roster, inCounty(targets, "990102"), Set.of())
            .assign(targets);
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
    assertThat(a)
        .allSatisfy(
            t ->
                assertThat(t.members())
                    .hasSize(2)
                    .allSatisfy(m -> assertThat(m.role()).isEqualTo(RosterMember.OFFICER)));
  }

  // 县际交叉检查: no inspector from the target's own county
  @Test
  void shouldExcludeTheTargetsOwnCountyWhenCrossChecking() {
    List<String> targets = targets(10);
    TeamRule rule = new TeamRule(2, null, null, 12, true, Map.of());
    List<Team> teams =
        new TeamAssignment(
                SEED,
                rule,
                CHECK_ON,
                officers(4, "990102", "990103", "990104"),
                inCounty(targets, "990102"),
                Set.of())
            .assign(targets);
    assertThat(ids(teams)).isNotEmpty().noneMatch(id -> id.startsWith("o-990102"));
  }

  // 吕医保发〔2021〕36号 §(三)1 round 2: county-to-county pairing sends only the paired county
  @Test
  void shouldSendOnlyThePairedCountyWhenAPairingIsGiven() {
    List<String> targets = targets(10);
    TeamRule rule =
        new TeamRule(2, null, null, 12, true, Map.of("990102", "990104", "990104", "990103"));
    List<Team> teams =
        new TeamAssignment(
                SEED,
                rule,
                CHECK_ON,
                officers(4, "990102", "990103", "990104"),
                inCounty(targets, "990102"),
                Set.of())
            .assign(targets);
    assertThat(ids(teams)).isNotEmpty().allMatch(id -> id.startsWith("o-990104"));
  }

  @Test
  void shouldExcludeAnInspectorWhoDeclaredAnAffiliationWithTheTarget() {
    List<RosterMember> roster = new ArrayList<>(officers(1, "990102"));
    roster.add(
        new RosterMember(
            "tied",
            "王五",
            RosterMember.OFFICER,
            "990102",
            CHECK_ON.plusYears(1),
            List.of("inst-0"),
            List.of(),
            List.of(),
            0));
    roster.add(officer("free", "990102"));
    List<Team> teams =
        new TeamAssignment(SEED, PLAIN, CHECK_ON, roster, Map.of("inst-0", "990102"), Set.of())
            .assign(List.of("inst-0"));
    assertThat(ids(teams)).containsExactlyInAnyOrder("o-990102-0", "free");
  }

  @Test
  void shouldExcludeAnInspectorWhoCheckedTheSameTargetWithinTheRecusalWindow() {
    List<RosterMember> roster = officers(3, "990102");
    List<Team> teams =
        new TeamAssignment(
                SEED,
                PLAIN,
                CHECK_ON,
                roster,
                Map.of("inst-0", "990102"),
                Set.of("o-990102-1|inst-0"))
            .assign(List.of("inst-0"));
    assertThat(ids(teams)).containsExactlyInAnyOrder("o-990102-0", "o-990102-2");
  }

  @Test
  void shouldExcludeAnInspectorUnavailableOnTheCheckDay() {
    List<RosterMember> roster = new ArrayList<>(officers(2, "990102"));
    roster.add(
        new RosterMember(
            "away",
            "赵六",
            RosterMember.OFFICER,
            "990102",
            CHECK_ON.plusYears(1),
            List.of(),
            List.of(new DateRange(CHECK_ON.minusDays(2), CHECK_ON)),
            List.of(),
            0));
    List<Team> teams =
        new TeamAssignment(SEED, PLAIN, CHECK_ON, roster, Map.of("inst-0", "990102"), Set.of())
            .assign(List.of("inst-0"));
    assertThat(ids(teams)).doesNotContain("away").hasSize(2);
  }

  // 行政处罚法 art. 42: only officers with a certificate valid on the check day enforce
  @Test
  void shouldExcludeAnOfficerWhoseCertificateExpiresBeforeTheCheckDay() {
    List<RosterMember> roster = new ArrayList<>(officers(2, "990102"));
    roster.add(
        new RosterMember(
            "expired",
            "钱七",
            RosterMember.OFFICER,
            "990102",
            CHECK_ON.minusDays(1),
            List.of(),
            List.of(),
            List.of(),
            0));
    List<Team> teams =
        new TeamAssignment(SEED, PLAIN, CHECK_ON, roster, Map.of("inst-0", "990102"), Set.of())
            .assign(List.of("inst-0"));
    assertThat(ids(teams)).doesNotContain("expired").hasSize(2);
  }

  @Test
  void shouldStopAssigningAnInspectorWhoReachedTheLoadCap() {
    List<String> targets = targets(6);
    TeamRule rule = new TeamRule(2, null, 3, 12, false, Map.of());
    List<RosterMember> roster = new ArrayList<>(officers(5, "990102"));
    roster.set(
        0,
        new RosterMember(
            "o-990102-0",
            "孙八",
            RosterMember.OFFICER,
            "990102",
            CHECK_ON.plusYears(1),
            List.of(),
            List.of(),
            List.of(),
            3)); // already three open tasks
    List<Team> teams =
        new TeamAssignment(SEED, rule, CHECK_ON, roster, inCounty(targets, "990102"), Set.of())
            .assign(targets);
    Map<String, Long> load = new java.util.HashMap<>();
    teams.forEach(t -> t.members().forEach(m -> load.merge(m.inspectorId(), 1L, Long::sum)));
    assertThat(load).doesNotContainKey("o-990102-0");
    assertThat(load.values()).allMatch(n -> n <= 3);
    assertThat(load.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(12);
  }

  @Test
  void shouldAddAnExpertOfTheSpecialtyTheFocusNeeds() {
    List<RosterMember> roster = new ArrayList<>(officers(3, "990102"));
    roster.add(expert("drug", "990102", "DRUG"));
    roster.add(expert("med", "990102", "MEDICAL"));
    TeamRule rule = new TeamRule(2, "MEDICAL", null, 12, false, Map.of());
    Team team =
        new TeamAssignment(SEED, rule, CHECK_ON, roster, Map.of("inst-0", "990102"), Set.of())
            .assign(List.of("inst-0"))
            .get(0);
    assertThat(team.members())
        .hasSize(3)
        .filteredOn(m -> m.kind().equals("EXPERT"))
        .extracting(TeamMember::inspectorId)
        .containsExactly("med");
  }

  @Test
  void shouldNameTheTargetWhenTheRosterCannotFillItsTeam() {
    TeamRule rule = new TeamRule(2, null, null, 12, true, Map.of());
    assertThatThrownBy(
            () ->
                new TeamAssignment(
                        SEED,
                        rule,
                        CHECK_ON,
                        officers(3, "990102"),
                        Map.of("inst-0", "990102"),
                        Set.of())
                    .assign(List.of("inst-0")))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("inst-0");
  }

  @Test
  void shouldReplaceARecusedInspectorWithTheNextEligibleOfTheSameKindDeterministically() {
    List<RosterMember> roster = new ArrayList<>(officers(6, "990102"));
    roster.add(expert("med-1", "990102", "MEDICAL"));
    TeamRule rule = new TeamRule(2, null, null, 12, false, Map.of());
    TeamAssignment a =
        new TeamAssignment(SEED, rule, CHECK_ON, roster, Map.of("inst-0", "990102"), Set.of());
    Team before = a.assign(List.of("inst-0")).get(0);
    String out = before.members().get(0).inspectorId();
    TeamMember replacement = a.recuse("inst-0", out);
    assertThat(replacement.role()).isEqualTo(RosterMember.OFFICER);
    assertThat(replacement.inspectorId())
        .isNotEqualTo(out)
        .isNotEqualTo(before.members().get(1).inspectorId());
    assertThat(a.team("inst-0").members())
        .extracting(TeamMember::inspectorId)
        .containsExactly(replacement.inspectorId(), before.members().get(1).inspectorId());

    TeamAssignment b =
        new TeamAssignment(SEED, rule, CHECK_ON, roster, Map.of("inst-0", "990102"), Set.of());
    b.assign(List.of("inst-0"));
    assertThat(b.recuse("inst-0", out)).isEqualTo(replacement);
    // the recused inspector never comes back to that target
    String second = b.recuse("inst-0", replacement.inspectorId()).inspectorId();
    assertThat(second).isNotIn(out, replacement.inspectorId());
  }

  @Test
  void shouldRefuseARecusalOfSomeoneNotOnTheTeam() {
    TeamAssignment a =
        new TeamAssignment(
            SEED, PLAIN, CHECK_ON, officers(3, "990102"), Map.of("inst-0", "990102"), Set.of());
    Team team = a.assign(List.of("inst-0")).get(0);
    String outsider =
        officers(3, "990102").stream()
            .map(RosterMember::id)
            .filter(id -> team.members().stream().noneMatch(m -> m.inspectorId().equals(id)))
            .findFirst()
            .orElseThrow();
    assertThatThrownBy(() -> a.recuse("inst-0", outsider)).isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> a.recuse("inst-9", outsider)).isInstanceOf(Refusal.class);
  }

  @Test
  void shouldRecordTheRecusalInTheDrawRecordAndKeepTheInitialTeams() {
    DrawRecord drawn = DrawRecord.draw(RosterFixtures.input());
    Team first = drawn.teams().get(0);
    DrawRecord after =
        drawn.withRecusal(
            first.targetId(),
            first.members().get(1).inspectorId(),
            "曾在该院任职",
            java.time.Instant.EPOCH);
    assertThat(after.initialTeams()).isEqualTo(drawn.teams());
    assertThat(after.teamOf(first.targetId()).members())
        .extracting(TeamMember::inspectorId)
        .doesNotContain(first.members().get(1).inspectorId())
        .contains(after.recusals().get(0).replacementId());
    assertThatThrownBy(
            () ->
                drawn.withRecusal(
                    first.targetId(),
                    first.members().get(1).inspectorId(),
                    " ",
                    java.time.Instant.EPOCH))
        .isInstanceOf(Refusal.class);
  }
}
