package org.ybjg.local.embedded;

import de.bwaldvogel.mongo.backend.AbstractMongoCollection;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * mongo-java-server's update of matched documents with much less copying, for the field operators
 * our services send ({@code $set}, {@code $unset}, {@code $push}, {@code $pull}, {@code $inc}... on
 * named fields, without positional paths, array filters or upsert); anything else goes to the
 * server's own code.
 *
 * <p>The server deep-copies each whole document twice to compute an update, compares old and new
 * four times through its indexes and once more after normalising both into fresh copies: about 50
 * kB of garbage per update of an institution, and most of a bulk import's time went to collecting
 * it. Here only the top-level fields the update names are handed to the server's own {@code
 * calculateUpdateDocument} (called reflectively because it is private, so the operators' semantics,
 * validation and errors stay the server's), the results are put back into the stored document, and
 * indexes are consulted only when one of their fields is among those named. Each of the operators
 * accepted reads and writes only the field it names, which is what makes the narrowing exact. The
 * most common updates — {@code $set}, {@code $unset}, a plain {@code $push} and {@code $pull} of
 * top-level fields — are computed directly ({@link #direct}), without copying the fields' old
 * values at all.
 */
final class LeanUpdate {

  /**
   * Operators that read and write only the field they name ($rename also writes another;
   * $setOnInsert upserts).
   */
  private static final Set<String> FIELD_OPERATORS =
      Set.of(
          "$set",
          "$unset",
          "$inc",
          "$mul",
          "$min",
          "$max",
          "$currentDate",
          "$push",
          "$addToSet",
          "$pop",
          "$pull",
          "$pullAll");

  private static final Method CALCULATE;

  static {
    try {
      CALCULATE =
          AbstractMongoCollection.class.getDeclaredMethod(
              "calculateUpdateDocument",
              Document.class,
              Document.class,
              ArrayFilters.class,
              Integer.class,
              boolean.class);
      CALCULATE.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** What the update needs of a collection beyond its public methods. */
  interface Store<P> {

    /**
     * The stored documents matching {@code selector}, as the collection holds them (not copies).
     */
    Iterable<Document> matching(Document selector);

    /** Persists {@code document}, already updated in place, at {@code position}. */
    void updated(P position, Document document);
  }

  private LeanUpdate() {}

  /** Whether this update can take the lean path. */
  static boolean handles(Document update, ArrayFilters arrayFilters, boolean isUpsert) {
    if (isUpsert || (arrayFilters != null && !arrayFilters.isEmpty()) || update.isEmpty()) {
      return false;
    }
    for (Map.Entry<String, Object> operator : update.entrySet()) {
      if (!FIELD_OPERATORS.contains(operator.getKey())
          || !(operator.getValue() instanceof Document fields)) {
        return false;
      }
      for (String path : fields.keySet()) {
        if (path.startsWith("$") || path.contains(".$")) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The server's {@code updateDocuments} result for a non-upsert update {@link #handles handled}
   * here.
   */
  static <P> Document apply(
      AbstractMongoCollection<P> collection,
      Store<P> store,
      Document selector,
      Document update,
      ArrayFilters arrayFilters,
      boolean isMulti,
      Oplog oplog,
      String idField) {
    Set<String> named = namedFields(update);
    boolean touchesIndex = touchesIndex(collection.getIndexes(), named);
    int matched = 0;
    List<Object> updatedIds = new ArrayList<>();
    for (Document document : store.matching(selector)) {
      matched++;
      if (update(collection, store, document, idField, named, touchesIndex, update, arrayFilters)) {
        updatedIds.add(document.get(idField));
      }
      if (!isMulti) {
        break;
      }
    }
    oplog.handleUpdate(collection.getFullName(), selector, update, updatedIds);
    Document result = new Document();
    result.put("n", matched);
    result.put("nModified", updatedIds.size());
    return result;
  }

  /** Updates one stored document in place; answers whether it changed. */
  private static <P> boolean update(
      AbstractMongoCollection<P> collection,
      Store<P> store,
      Document document,
      String idField,
      Set<String> named,
      boolean touchesIndex,
      Document update,
      ArrayFilters arrayFilters) {
    Document before = new Document();
    if (document.containsKey(idField)) {
      before.put(idField, document.get(idField));
    }
    named.stream()
        .filter(document::containsKey)
        .forEach(field -> before.put(field, document.get(field)));
    Document direct = direct(before, update, idField);
    Document after = direct != null ? direct : calculate(collection, before, update, arrayFilters);
    if (named.stream()
        .allMatch(
            field ->
                after.containsKey(field) == document.containsKey(field)
                    && Objects.equals(after.get(field), document.get(field)))) {
      return false;
    }
    P position = positionOf(collection.getIndexes(), document);
    if (touchesIndex) {
      Document next = new Document(document);
      write(after, named, next);
      for (Index<P> index : collection.getIndexes()) {
        index.checkUpdate(document, next, collection);
      }
      for (Index<P> index : collection.getIndexes()) {
        index.updateInPlace(document, next, position, collection);
      }
    }
    write(after, named, document);
    store.updated(position, document);
    return true;
  }

  /**
   * The common case computed without the server: {@code $set}, {@code $unset}, {@code $push} (one
   * value or a plain {@code $each}) and {@code $pull} (with the server's matcher) of distinct
   * top-level fields other than the id, on fields that are arrays where pushed to or pulled from.
   * Values are taken from the update as they are (the server does not copy them either); the
   * fields' old values are not copied, only replaced. Null for anything else, which the server's
   * own code then computes (and refuses).
   */
  static Document direct(Document before, Document update, String idField) {
    Document after = new Document(before);
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, Object> operator : update.entrySet()) {
      for (Map.Entry<String, Object> field : ((Document) operator.getValue()).entrySet()) {
        String key = field.getKey();
        if (key.indexOf('.') >= 0 || key.equals(idField) || !seen.add(key)) {
          return null;
        }
        switch (operator.getKey()) {
          case "$set" -> after.put(key, field.getValue());
          case "$unset" -> after.remove(key);
          case "$pull" -> {
            Object existing = after.get(key);
            if (existing instanceof List<?> list) {
              DefaultQueryMatcher matcher = new DefaultQueryMatcher(); // keeps state: one per use
              List<Object> next = new ArrayList<>(list);
              next.removeIf(element -> matcher.matchesValue(field.getValue(), element));
              after.put(key, next);
            } else if (existing != null) {
              return null;
            }
          }
          case "$push" -> {
            List<?> pushed = pushed(field.getValue());
            Object existing = after.get(key);
            if (pushed == null || (after.containsKey(key) && !(existing instanceof List<?>))) {
              return null;
            }
            List<Object> next =
                existing == null ? new ArrayList<>() : new ArrayList<>((List<?>) existing);
            next.addAll(pushed);
            after.put(key, next);
          }
          default -> {
            return null;
          }
        }
      }
    }
    return after;
  }

  /**
   * What a {@code $push} appends: its one value, or a plain {@code $each}'s values; null for other
   * modifiers.
   */
  private static List<?> pushed(Object value) {
    if (!(value instanceof Document modifiers)
        || modifiers.keySet().stream().noneMatch(k -> k.startsWith("$"))) {
      return Collections.singletonList(value);
    }
    return modifiers.size() == 1 && modifiers.get("$each") instanceof List<?> each ? each : null;
  }

  /** Puts the updated fields into {@code target}, removing those the update removed. */
  private static void write(Document updated, Set<String> named, Document target) {
    for (String field : named) {
      if (updated.containsKey(field)) {
        target.put(field, updated.get(field));
      } else {
        target.remove(field);
      }
    }
  }

  private static Document calculate(
      AbstractMongoCollection<?> collection,
      Document document,
      Document update,
      ArrayFilters arrayFilters) {
    try {
      return (Document) CALCULATE.invoke(collection, document, update, arrayFilters, null, false);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime; // the server's own errors (bad operator, conflicting paths, ...) as it
        // throws them
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <P> P positionOf(List<Index<P>> indexes, Document document) {
    for (Index<P> index : indexes) {
      P position = index.getPosition(document);
      if (position != null) {
        return position;
      }
    }
    throw new IllegalStateException(
        "stored document without an indexed position: " + document.get("_id"));
  }

  /** The top-level fields an update names. */
  private static Set<String> namedFields(Document update) {
    Set<String> named = new LinkedHashSet<>();
    for (Object fields : update.values()) {
      ((Document) fields).keySet().forEach(path -> named.add(root(path)));
    }
    return named;
  }

  /** Whether any of these fields holds (part of) an index's key. */
  private static boolean touchesIndex(List<? extends Index<?>> indexes, Set<String> named) {
    for (Index<?> index : indexes) {
      if (index instanceof EmptyIndex) {
        continue; // a secondary index the server does not maintain
      }
      for (IndexKey key : index.getKeys()) {
        if (named.contains(root(key.getKey()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String root(String path) {
    int dot = path.indexOf('.');
    return dot < 0 ? path : path.substring(0, dot);
  }
}
