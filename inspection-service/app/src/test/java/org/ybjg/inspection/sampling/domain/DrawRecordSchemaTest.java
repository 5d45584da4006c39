package org.ybjg.inspection.sampling.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ybjg.chassis.testing.JsonSchemaAssert;
import org.ybjg.inspection.sampling.PublishedDrawRecord;

/**
 * The published draw record against its JSON Schema in the api module
 * (records/draw-record.schema.json): a field written but not documented, or documented but missing,
 * fails here. SamplingIT checks the record the public endpoint serves.
 */
class DrawRecordSchemaTest {

  private static final String SCHEMA = "records/draw-record.schema.json";

  @Test
  void shouldConformToTheSchemaWhenDrawnWithARecusal() {
    DrawRecord drawn = DrawRecord.draw(RosterFixtures.input());
    Team first = drawn.teams().get(0);
    DrawRecord recused =
        drawn.withRecusal(
            first.targetId(),
            first.members().get(0).inspectorId(),
            "近亲属在该院任职",
            Instant.parse("2026-10-02T01:00:00Z"));
    JsonSchemaAssert.assertConforms(PublishedDrawRecord.of(drawn).toJson(), SCHEMA);
    JsonSchemaAssert.assertConforms(PublishedDrawRecord.of(recused).toJson(), SCHEMA);
  }

  @Test
  void shouldFailTheSchemaWhenTheRecordWritesAFieldTheSchemaDoesNotDocument() {
    String json = PublishedDrawRecord.of(DrawRecord.draw(RosterFixtures.input())).toJson();
    assertThatThrownBy(
            () ->
                JsonSchemaAssert.assertConforms(
                    json.replace("{\"planId\"", "{\"extra\":1,\"planId\""), SCHEMA))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void shouldConformToTheSchemaWhenWeightedByCreditGrade() {
    JsonSchemaAssert.assertConforms(
        PublishedDrawRecord.of(DrawRecord.draw(RosterFixtures.weightedInput())).toJson(), SCHEMA);
  }
}
