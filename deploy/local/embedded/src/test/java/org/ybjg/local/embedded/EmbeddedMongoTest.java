package org.ybjg.local.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoTest {

  @TempDir Path dataDir;

  @Test
  void shouldKeepDocumentsWhenFileBackedServerIsRestarted() {
    try (EmbeddedMongo mongo = EmbeddedMongo.fileBacked(dataDir, 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      institutions(client)
          .insertOne(new Document("_id", "H99010200001").append("name", "城东区人民医院（演示）"));
    }

    assertThat(dataDir.resolve(EmbeddedMongo.STORE_FILE_NAME)).isRegularFile();
    try (EmbeddedMongo reopened = EmbeddedMongo.fileBacked(dataDir, 0);
        MongoClient client = MongoClients.create(reopened.connectionString())) {
      assertThat(institutions(client).find(new Document("_id", "H99010200001")).first())
          .containsEntry("name", "城东区人民医院（演示）");
    }
  }

  @Test
  void shouldAnswerHelloLikeARealServerWhenHealthCheckAsks() {
    try (EmbeddedMongo memory = EmbeddedMongo.inMemory(0);
        EmbeddedMongo file = EmbeddedMongo.fileBacked(dataDir.resolve("hello"), 0)) {
      for (EmbeddedMongo mongo : new EmbeddedMongo[] {memory, file}) {
        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
          org.bson.Document answer =
              client.getDatabase("cases").runCommand(new org.bson.Document("hello", 1));
          assertThat(answer.get("ok", Number.class).intValue()).isEqualTo(1);
        }
      }
    }
  }

  @Test
  void shouldMatchTheWholeFilterWhenItNamesAUniqueIndexAndMoreFields() {
    try (EmbeddedMongo memory = EmbeddedMongo.inMemory(0);
        EmbeddedMongo file = EmbeddedMongo.fileBacked(dataDir.resolve("versions"), 0)) {
      for (EmbeddedMongo mongo : new EmbeddedMongo[] {memory, file}) {
        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
          MongoCollection<Document> institutions = institutions(client);
          institutions.createIndex(
              new Document("nationalCode", 1),
              new com.mongodb.client.model.IndexOptions().unique(true));
          for (int i = 0; i < 50; i++) {
            institutions.insertOne(
                new Document("_id", "I" + i)
                    .append("version", 1L)
                    .append("nationalCode", "H" + i)
                    .append("countyCode", i % 2 == 0 ? "990102" : "990103"));
          }
          // the optimistic-locking filter of AggregateStore.update: _id (unique index) plus version
          Document bump = new Document("$inc", new Document("version", 1L));
          assertThat(
                  institutions
                      .updateOne(new Document("_id", "I7").append("version", 2L), bump)
                      .getMatchedCount())
              .isZero();
          assertThat(
                  institutions
                      .updateOne(new Document("_id", "I7").append("version", 1L), bump)
                      .getModifiedCount())
              .isOne();
          assertThat(institutions.find(new Document("_id", "I7")).first())
              .containsEntry("version", 2L);
          assertThat(
                  institutions
                      .find(
                          new Document(
                                  "nationalCode",
                                  new Document("$in", java.util.List.of("H1", "H2", "H3")))
                              .append("countyCode", "990103"))
                      .map(d -> d.getString("_id"))
                      .into(new java.util.ArrayList<>()))
              .containsExactlyInAnyOrder("I1", "I3");
          assertThat(
                  institutions.countDocuments(
                      new Document("_id", "I8").append("countyCode", "990103")))
              .isZero();
          // $in over the unique index answered by the index alone, with and without further
          // conditions
          assertThat(
                  institutions
                      .find(
                          new Document(
                              "_id", new Document("$in", java.util.List.of("I4", "I5", "I404"))))
                      .map(d -> d.getString("_id"))
                      .into(new java.util.ArrayList<>()))
              .containsExactlyInAnyOrder("I4", "I5");
          assertThat(
                  institutions
                      .find(
                          new Document(
                                  "_id", new Document("$in", java.util.List.of("I4", "I5", "I6")))
                              .append("countyCode", "990102"))
                      .map(d -> d.getString("_id"))
                      .into(new java.util.ArrayList<>()))
              .containsExactlyInAnyOrder("I4", "I6");
          assertThat(
                  institutions
                      .find(new Document("_id", new Document("$in", java.util.List.of())))
                      .first())
              .isNull();
          assertThat(
                  institutions
                      .find(new Document("_id", new Document("$gte", "I48")))
                      .map(d -> d.getString("_id"))
                      .into(new java.util.ArrayList<>()))
              .containsExactlyInAnyOrder("I48", "I49", "I5", "I6", "I7", "I8", "I9");
        }
      }
    }
  }

  @Test
  void shouldForgetDocumentsWhenInMemoryServerIsRestarted() {
    try (EmbeddedMongo mongo = EmbeddedMongo.inMemory(0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      institutions(client).insertOne(new Document("_id", "P99010200001"));
      assertThat(institutions(client).countDocuments()).isEqualTo(1);
    }

    try (EmbeddedMongo restarted = EmbeddedMongo.inMemory(0);
        MongoClient client = MongoClients.create(restarted.connectionString())) {
      assertThat(institutions(client).countDocuments()).isZero();
    }
  }

  @Test
  void shouldExposeLoopbackConnectionStringWithTheBoundPortWhenPortZeroIsRequested() {
    try (EmbeddedMongo mongo = EmbeddedMongo.inMemory(0)) {
      assertThat(mongo.port()).isPositive();
      assertThat(mongo.connectionString()).isEqualTo("mongodb://127.0.0.1:" + mongo.port());
    }
  }

  private static MongoCollection<Document> institutions(MongoClient client) {
    return client.getDatabase("registry").getCollection("institutions");
  }
}
