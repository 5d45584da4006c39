package org.ybjg.inspection.common;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** One page of a scoped query: {@code page} is 0-based, {@code total} counts every match. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 200;

  /** The requested page number: 0 when absent, never negative. */
  public static int pageNumber(Integer page) {
    return page == null ? 0 : Math.max(0, page);
  }

  /** The requested page size: {@value #DEFAULT_SIZE} when absent, 1 to {@value #MAX_SIZE}. */
  public static int pageSize(Integer size) {
    return size == null ? DEFAULT_SIZE : Math.min(Math.max(1, size), MAX_SIZE);
  }

  /** The requested page of a list already in memory. */
  public static <T> PageOf<T> slice(List<T> all, Integer page, Integer size) {
    int p = pageNumber(page);
    int s = pageSize(size);
    return new PageOf<>(all.stream().skip((long) p * s).limit(s).toList(), p, s, all.size());
  }

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
