package org.ybjg.local.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The file-backed H2 backend (local platform) with {@link IndexPrefixLookup}, {@link LeanUpdate}
 * and the {@code hello} command. Maps are named as {@link H2Database} names them, so existing
 * stores open unchanged.
 */
final class IndexedH2Backend extends H2Backend {

  /**
   * H2Backend's constructor already opens the stored databases, before this class's fields are set.
   */
  private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

  private final MVStore store;

  private IndexedH2Backend(MVStore store) {
    super(store);
    this.store = store;
  }

  static IndexedH2Backend open(String storeFile) {
    MVStore store = MVStore.open(storeFile);
    OPENING.set(store);
    try {
      return new IndexedH2Backend(store);
    } finally {
      OPENING.remove();
    }
  }

  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    return super.handleCommand(channel, database, HelloCommand.asKnownCommand(command), query);
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    MVStore store = this.store != null ? this.store : OPENING.get();
    return new H2Database(databaseName, store, getCursorRegistry()) {
      @Override
      protected MongoCollection<Object> openOrCreateCollection(
          String collectionName, CollectionOptions options) {
        String namespace = getFullCollectionNamespace(collectionName);
        return new Collection(
            this,
            collectionName,
            options,
            store.openMap("databases." + namespace),
            store.openMap("meta." + namespace),
            cursorRegistry);
      }
    };
  }

  private static final class Collection extends H2Collection {

    Collection(
        MongoDatabase database,
        String name,
        CollectionOptions options,
        MVMap<Object, Document> data,
        MVMap<String, Object> meta,
        CursorRegistry cursors) {
      super(database, name, options, data, meta, cursors);
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
            public void updated(Object position, Document document) {
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
      IndexPrefixLookup.Lookup<Object> lookup = IndexPrefixLookup.lookup(getIndexes(), query);
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
