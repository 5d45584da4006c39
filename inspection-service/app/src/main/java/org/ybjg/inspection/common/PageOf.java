package org.ybjg.inspection.common;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** One page of a scoped query: {@code page} is 0-based, {@code total} counts every match. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

  public static <T> PageOf<T> find(
      MongoTemplate mongo,
      Query query,
      Sort sort,
      int page,
      int size,
      Class<T> type,
      String collection) {
    long total = mongo.count(Query.of(query).skip(0).limit(0), collection);
    List<T> items =
        mongo.find(
            Query.of(query).with(sort).skip((long) page * size).limit(size), type, collection);
    return new PageOf<>(items, page, size, total);
  }

  public <R> PageOf<R> map(Function<T, R> mapper) {
    return new PageOf<>(items.stream().map(mapper).toList(), page, size, total);
  }
}
