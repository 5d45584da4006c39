package org.ybjg.local.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;

/**
 * The in-memory backend (tests) with {@link IndexPrefixLookup}, {@link LeanUpdate} and the {@code
 * hello} command.
 */
final class IndexedMemoryBackend extends MemoryBackend {

  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    return super.handleCommand(channel, database, HelloCommand.asKnownCommand(command), query);
  }

  @Override
  public MemoryDatabase openOrCreateDatabase(String databaseName) {
    return new MemoryDatabase(databaseName, getCursorRegistry()) {
      @Override
      protected MemoryCollection openOrCreateCollection(
          String collectionName, CollectionOptions options) {
        return new Collection(this, collectionName, options, cursorRegistry);
      }
    };
  }

  private static final class Collection extends MemoryCollection {

    Collection(
        MongoDatabase database, String name, CollectionOptions options, CursorRegistry cursors) {
      super(database, name, options, cursors);
    }

    /** collStats sizes are not used here; keeping them serialised every document on every write. */
    @Override
    protected boolean tracksDataSize() {
      return false;
    }

    @Override
    public synchronized Document updateDocuments(
        Document selector,
        Document update,
        ArrayFilters arrayFilters,
        boolean isMulti,
        boolean isUpsert,
        Oplog oplog) {
      if (!LeanUpdate.handles(update, arrayFilters, isUpsert)) {
        return super.updateDocuments(selector, update, arrayFilters, isMulti, isUpsert, oplog);
      }
      return LeanUpdate.apply(
          this,
          new LeanUpdate.Store<>() {
            @Override
            public Iterable<Document> matching(Document query) {
              return queryDocuments(query, null, 0, 0, 0, null);
            }

            @Override
            public void updated(Integer position, Document document) {
              handleUpdate(position, null, document);
            }
          },
          selector,
          update,
          arrayFilters,
          isMulti,
          oplog,
          getIdField());
    }

    @Override
    protected QueryResult queryDocuments(
        Document query,
        Document orderBy,
        int skip,
        int limit,
        int batchSize,
        Document fieldSelector) {
      IndexPrefixLookup.Lookup<Integer> lookup = IndexPrefixLookup.lookup(getIndexes(), query);
      return lookup == null
          ? super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector)
          : matchDocuments(
              lookup.residual(),
              lookup.positions(),
              orderBy,
              skip,
              limit,
              batchSize,
              fieldSelector);
    }
  }
}
