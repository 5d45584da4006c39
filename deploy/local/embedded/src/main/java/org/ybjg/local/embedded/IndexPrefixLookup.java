package org.ybjg.local.embedded;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;

/**
 * Lets mongo-java-server use a unique index when a query names the index's keys AND more fields.
 *
 * <p>The server only consults an index whose keys are exactly the query's keys, so {@code {_id: x, version: 3}} —
 * the optimistic-locking filter of every aggregate update — scanned the whole collection: an import of 100k
 * institutions spent most of its time matching documents one by one. Here the query is narrowed to the index's
 * keys to find the candidate positions, and the collection still matches the full query against each candidate,
 * so results are unchanged (top-level conditions are a conjunction; the narrowed one is one of its terms).
 */
final class IndexPrefixLookup {

  private IndexPrefixLookup() {}

  /** Candidate positions for {@code query} from the first index that covers some of its keys, or null. */
  static <P> Iterable<P> positions(List<Index<P>> indexes, Document query) {
    for (Index<P> index : indexes) {
      if (index.canHandle(query)) {
        return null; // the server's own path uses it
      }
    }
    for (Index<P> index : indexes) {
      Document narrowed = narrowed(index, query);
      if (narrowed != null && index.canHandle(narrowed)) {
        return index.getPositions(narrowed);
      }
    }
    return null;
  }

  private static Document narrowed(Index<?> index, Document query) {
    List<IndexKey> keys = index.getKeys();
    if (keys.size() >= query.size()) {
      return null;
    }
    Document narrowed = new Document();
    for (IndexKey key : keys) {
      if (!query.containsKey(key.getKey())) {
        return null;
      }
      narrowed.put(key.getKey(), query.get(key.getKey()));
    }
    return narrowed;
  }
}
