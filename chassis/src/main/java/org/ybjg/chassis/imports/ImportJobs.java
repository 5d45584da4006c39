package org.ybjg.chassis.imports;

import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.ybjg.chassis.imports.domain.ImportJob;

/**
 * The {@code import_jobs} collection of a service's database: one document per import, rewritten as
 * the job progresses. A service that imports declares it as a bean.
 */
public class ImportJobs implements InitializingBean {

  public static final String COLLECTION = "import_jobs";

  private final MongoTemplate mongo;

  public ImportJobs(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void afterPropertiesSet() {
    mongo
        .indexOps(COLLECTION)
        .createIndex(new Index().on("createdAt", Sort.Direction.DESC).named("createdAt"));
  }

  public void save(ImportJob job) {
    mongo.save(job, COLLECTION);
  }

  public Optional<ImportJob> find(String id) {
    return Optional.ofNullable(mongo.findById(id, ImportJob.class, COLLECTION));
  }
}
