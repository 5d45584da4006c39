package org.ybjg.local.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LeanUpdate} against mongo-java-server's own update: the same updates on a plain server and
 * on both embedded backends must answer the same counts or errors and leave the same documents.
 */
class LeanUpdateTest {

  @TempDir Path dataDir;

  private static final List<Function<MongoCollection<Document>, Object>> UPDATES =
      List.of(
          // an import's republish: changed fields, version check, event appended to the outbox
          c ->
              c.updateOne(
                  new Document("_id", "I1").append("version", 1L),
                  new Document("$set", new Document("name", "城东区人民医院").append("version", 2L))
                      .append(
                          "$push",
                          new Document("outbox", new Document("$each", List.of(entry("e2")))))),
          // the version no longer matches: nothing happens
          c ->
              c.updateOne(
                  new Document("_id", "I1").append("version", 1L),
                  new Document("$set", new Document("name", "不应写入"))),
          // the relay removes what it sent
          c ->
              c.updateOne(
                  new Document("_id", "I1"),
                  new Document(
                      "$pull",
                      new Document(
                          "outbox", new Document("id", new Document("$in", List.of("e1")))))),
          c ->
              c.updateOne(
                  new Document("_id", "I2"),
                  new Document("$unset", new Document("creditGrade", ""))),
          c ->
              c.updateOne(
                  new Document("_id", "I2"),
                  new Document("$set", new Document("agreement.state", "SUSPENDED"))),
          // unchanged: matched, not modified
          c ->
              c.updateOne(
                  new Document("_id", "I2"),
                  new Document("$set", new Document("countyCode", "990102"))),
          // a unique key taken by another document: refused, nothing written
          c ->
              c.updateOne(
                  new Document("_id", "I3"),
                  new Document("$set", new Document("nationalCode", "H1"))),
          // a unique key moved: the index follows
          c ->
              c.updateOne(
                  new Document("_id", "I3"),
                  new Document("$set", new Document("nationalCode", "H30"))),
          c ->
              c.updateOne(
                  new Document("nationalCode", "H30"),
                  new Document("$inc", new Document("version", 1L))),
          c ->
              c.updateOne(
                  new Document("nationalCode", "H3"),
                  new Document("$inc", new Document("version", 1L))),
          // one of several matches, then all of them
          c ->
              c.updateOne(
                  new Document("countyCode", "990103"),
                  new Document("$inc", new Document("version", 10L))),
          c ->
              c.updateMany(
                  new Document("countyCode", "990103"),
                  new Document("$inc", new Document("version", 1L))
                      .append("$addToSet", new Document("tags", "复查"))
                      .append("$max", new Document("score", 70))),
          c ->
              c.updateMany(
                  new Document("countyCode", "990103"),
                  new Document("$addToSet", new Document("tags", "复查"))
                      .append("$min", new Document("score", 60))
                      .append("$mul", new Document("weight", 2))),
          c ->
              c.updateOne(
                  new Document("_id", "I1"),
                  new Document("$pop", new Document("history", 1))
                      .append("$pullAll", new Document("tags", List.of("a", "b")))),
          c ->
              c.updateOne(
                  new Document("_id", "I1"),
                  new Document("$currentDate", new Document("touched", true))),
          // the server's own refusals
          c ->
              c.updateOne(
                  new Document("_id", "I1"), new Document("$set", new Document("_id", "I99"))),
          c ->
              c.updateOne(
                  new Document("_id", "I1"),
                  new Document("$set", new Document("version", 5L))
                      .append("$inc", new Document("version", 1L))),
          c ->
              c.updateOne(new Document("_id", "I1"), new Document("$inc", new Document("name", 1))),
          // computed directly: one pushed value, a new array, $unset with $set; refused by the
          // server: a push to a
          // non-array, one field named twice, a push with modifiers
          c ->
              c.updateOne(
                  new Document("_id", "I5"),
                  new Document("$push", new Document("history", new Document("kind", "SIGNED")))
                      .append("$set", new Document("labels", List.of("甲")))
                      .append("$unset", new Document("weight", ""))),
          c ->
              c.updateOne(
                  new Document("_id", "I5"),
                  new Document(
                      "$push", new Document("newList", new Document("$each", List.of(1, 2))))),
          c ->
              c.updateOne(
                  new Document("_id", "I5"), new Document("$push", new Document("name", "x"))),
          c ->
              c.updateOne(
                  new Document("_id", "I5"),
                  new Document("$set", new Document("tags", List.of()))
                      .append("$push", new Document("tags", "y"))),
          c ->
              c.updateOne(
                  new Document("_id", "I5"),
                  new Document(
                      "$push",
                      new Document(
                          "tags", new Document("$each", List.of("z", "a")).append("$slice", -2)))),
          c ->
              c.updateOne(
                  new Document("_id", "I5"),
                  new Document("$push", new Document("tags", List.of("nested")))),
          // $pull: by condition on documents, by value, from a missing field, from a non-array
          // (refused)
          c ->
              c.updateOne(
                  new Document("_id", "I5"),
                  new Document(
                      "$pull",
                      new Document(
                          "history",
                          new Document("kind", new Document("$in", List.of("SIGNED", "NONE")))))),
          c ->
              c.updateOne(
                  new Document("_id", "I4"),
                  new Document("$pull", new Document("tags", "b"))
                      .append("$set", new Document("name", "拉取"))),
          c ->
              c.updateOne(
                  new Document("_id", "I4"), new Document("$pull", new Document("missing", "b"))),
          c ->
              c.updateOne(
                  new Document("_id", "I4"), new Document("$pull", new Document("name", "b"))),
          // left to the server: positional path, rename, upsert, replacement
          c ->
              c.updateOne(
                  new Document("_id", "I1").append("outbox.id", "e2"),
                  new Document("$set", new Document("outbox.$.sent", true))),
          c ->
              c.updateOne(
                  new Document("_id", "I2"),
                  new Document("$rename", new Document("score", "points"))),
          c ->
              c.updateOne(
                  new Document("_id", "I9"),
                  new Document("$set", new Document("nationalCode", "H9")),
                  new UpdateOptions().upsert(true)),
          c ->
              c.replaceOne(
                  new Document("_id", "I4"),
                  new Document("nationalCode", "H4").append("name", "换了")));

  @Test
  void shouldAnswerAndStoreAsTheServerItselfDoesForEveryUpdate() {
    MongoServer reference = new MongoServer(new MemoryBackend());
    reference.bind("127.0.0.1", 0);
    try (MongoClient expectedClient =
            MongoClients.create("mongodb://127.0.0.1:" + reference.getLocalAddress().getPort());
        EmbeddedMongo memory = EmbeddedMongo.inMemory(0);
        MongoClient memoryClient = MongoClients.create(memory.connectionString());
        EmbeddedMongo file = EmbeddedMongo.fileBacked(dataDir, 0);
        MongoClient fileClient = MongoClients.create(file.connectionString())) {
      MongoCollection<Document> expected = seeded(expectedClient);
      List<MongoCollection<Document>> subjects = List.of(seeded(memoryClient), seeded(fileClient));
      for (int i = 0; i < UPDATES.size(); i++) {
        Object expectedOutcome = outcome(UPDATES.get(i), expected);
        for (MongoCollection<Document> subject : subjects) {
          assertThat(outcome(UPDATES.get(i), subject))
              .as("update %d", i)
              .isEqualTo(expectedOutcome);
          assertThat(contents(subject))
              .as("documents after update %d", i)
              .usingRecursiveComparison()
              .ignoringFields("touched")
              .isEqualTo(contents(expected));
        }
      }
      assertThat(
              memoryClient
                  .getDatabase("registry")
                  .getCollection("institutions")
                  .find(new Document("nationalCode", "H30"))
                  .first())
          .containsEntry("_id", "I3");
    } finally {
      reference.shutdownNow();
    }
    // the file store kept what the lean path wrote
    try (EmbeddedMongo reopened = EmbeddedMongo.fileBacked(dataDir, 0);
        MongoClient client = MongoClients.create(reopened.connectionString())) {
      Document first =
          client
              .getDatabase("registry")
              .getCollection("institutions")
              .find(new Document("_id", "I1"))
              .first();
      assertThat(first).containsEntry("name", "城东区人民医院").containsEntry("version", 2L);
      assertThat(first.getList("outbox", Document.class))
          .extracting(d -> d.getString("id"))
          .containsExactly("e2");
      assertThat(
              client
                  .getDatabase("registry")
                  .getCollection("institutions")
                  .find(new Document("nationalCode", "H30"))
                  .first())
          .containsEntry("_id", "I3");
    }
  }

  private static MongoCollection<Document> seeded(MongoClient client) {
    MongoCollection<Document> institutions =
        client.getDatabase("registry").getCollection("institutions");
    institutions.createIndex(new Document("nationalCode", 1), new IndexOptions().unique(true));
    institutions.createIndex(new Document("regionPath", 1));
    for (int i = 1; i <= 5; i++) {
      institutions.insertOne(
          new Document("_id", "I" + i)
              .append("version", 1L)
              .append("nationalCode", "H" + i)
              .append("name", "机构" + i)
              .append("countyCode", i <= 2 ? "990102" : "990103")
              .append("regionPath", List.of(i <= 2 ? "990102" : "990103", "990100", "990000"))
              .append("creditGrade", "A")
              .append("score", 65)
              .append("weight", 1.5)
              .append("agreement", new Document("state", "ACTIVE").append("signedOn", "2024-01-01"))
              .append(
                  "history",
                  new ArrayList<>(
                      List.of(new Document("kind", "REGISTERED"), new Document("kind", "SIGNED"))))
              .append("tags", new ArrayList<>(List.of("a", "b", "c")))
              .append("outbox", new ArrayList<>(List.of(entry("e1")))));
    }
    return institutions;
  }

  private static Document entry(String id) {
    return new Document("id", id)
        .append("topic", "registry.institutions.v1")
        .append("envelope", "{\"id\":\"" + id + "\"}")
        .append("storedAt", new Date(0));
  }

  private static Object outcome(
      Function<MongoCollection<Document>, Object> update, MongoCollection<Document> collection) {
    try {
      UpdateResult result = (UpdateResult) update.apply(collection);
      return "matched "
          + result.getMatchedCount()
          + ", modified "
          + result.getModifiedCount()
          + (result.getUpsertedId() == null ? "" : ", upserted");
    } catch (MongoException e) {
      return "error " + e.getCode();
    }
  }

  private static List<Document> contents(MongoCollection<Document> collection) {
    return collection.find().sort(new Document("_id", 1)).into(new ArrayList<>());
  }
}
