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

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepDocumentsWhenFileBackedServerIsRestarted() {
        try (EmbeddedMongo mongo = EmbeddedMongo.fileBacked(dataDir, 0);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            institutions(client).insertOne(new Document("_id", "H99010200001").append("name", "城东区人民医院（演示）"));
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
                    org.bson.Document answer = client.getDatabase("cases").runCommand(new org.bson.Document("hello", 1));
                    assertThat(answer.get("ok", Number.class).intValue()).isEqualTo(1);
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
