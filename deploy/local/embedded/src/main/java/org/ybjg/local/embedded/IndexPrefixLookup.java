package org.ybjg.local.embedded;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Lets mongo-java-server use a unique index whenever a query names the index's keys, and spares it
 * re-checking what the index already answered.
 *
 * <p>The server only consults an index whose keys are exactly the query's keys, so {@code {_id: x,
 * version: 3}} — the optimistic-locking filter of every aggregate update — scanned the whole
 * collection. Here the query is narrowed to the index's keys to find the candidate positions. And
 * the server matches every candidate against the whole query again: for {@code {_id: {$in: [2,000
 * ids]}}} that is 2,000 × 2,000 comparisons per batch, which made a 100k-row import spend most of
 * its time in the matcher. When the narrowed condition is plain equality or {@code $in} over scalar
 * values, the index's answer is exact, so only the rest of the query (the residual) is matched.
 * Results are unchanged: top-level conditions are a conjunction, and the index keys of our
 * collections are scalar fields.
 */
final class IndexPrefixLookup {

  /** Candidate positions and the part of the query still to be matched against each. */
  record Lookup<P>(Iterable<P> positions, Document residual) {}

  private IndexPrefixLookup() {}

  /**
   * The lookup through the best unique index for {@code query}, or null to leave it to the server.
   */
  static <P> Lookup<P> lookup(List<Index<P>> indexes, Document query) {
    for (boolean wholeQuery : new boolean[] {true, false}) {
      for (Index<P> index : indexes) {
        Document narrowed = narrowed(index, query);
        if (narrowed == null
            || (narrowed.size() == query.size()) != wholeQuery
            || !index.canHandle(narrowed)) {
          continue;
        }
        if (!exact(narrowed)) {
          return wholeQuery ? null : new Lookup<>(index.getPositions(narrowed), query);
        }
        Document residual = new Document();
        query.forEach(
            (key, value) -> {
              if (!narrowed.containsKey(key)) {
                residual.put(key, value);
              }
            });
        return new Lookup<>(index.getPositions(narrowed), residual);
      }
    }
    return null;
  }

  private static Document narrowed(Index<?> index, Document query) {
    List<IndexKey> keys = index.getKeys();
    if (keys.size() > query.size()) {
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

  /**
   * Equality with scalars, or a lone {@code $in} of scalars: the index finds exactly the matching
   * documents.
   */
  private static boolean exact(Document narrowed) {
    for (Object value : narrowed.values()) {
      if (value instanceof Map<?, ?> operator) {
        if (narrowed.size() != 1
            || operator.size() != 1
            || !(operator.get("$in") instanceof Collection<?> values)
            || !values.stream().allMatch(IndexPrefixLookup::scalar)) {
          return false;
        }
      } else if (!scalar(value)) {
        return false;
      }
    }
    return true;
  }

  private static boolean scalar(Object value) {
    return value instanceof String
        || value instanceof Long
        || value instanceof Integer
        || value instanceof Boolean
        || value instanceof ObjectId
        || value instanceof UUID;
  }
}
