package org.ybjg.registry.imports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.ybjg.chassis.imports.ImportJobs;
import org.ybjg.chassis.imports.RowImporter;
import org.ybjg.chassis.imports.domain.ImportJob;
import org.ybjg.chassis.imports.domain.RawRow;
import org.ybjg.chassis.imports.domain.RowError;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.config.RegistryConfiguration;
import org.ybjg.registry.fundpayment.FundPayments;
import org.ybjg.registry.imports.domain.FundPaymentRecord;
import org.ybjg.registry.imports.domain.FundPaymentRows;
import org.ybjg.registry.imports.domain.Validated;
import org.ybjg.registry.institution.domain.FundPayment;
import org.ybjg.registry.institution.domain.Institution;

/**
 * Records yearly fund payments from an import: upserts the amounts batch by batch, then recomputes
 * the ranks of the imported years for the provinces concerned and republishes every institution
 * whose latest fund payment or rank changed ({@code FUND_PAYMENT_RECORDED}, full state with {@code
 * fundPayment}), again in batches with one bulk write each.
 */
@Component
public class ImportFundPayments implements RowImporter {

  private static final Logger log = LoggerFactory.getLogger(ImportFundPayments.class);
  private static final int MAX_ATTEMPTS = 3;

  private final BulkInstitutionStore store;
  private final FundPayments fundPayments;
  private final ImportJobs jobs;
  private final RegionScope scope;
  private final Clock clock;
  private final int batchSize;

  ImportFundPayments(
      BulkInstitutionStore store,
      FundPayments fundPayments,
      ImportJobs jobs,
      RegionScope scope,
      Clock clock,
      ImportProperties properties) {
    this.store = store;
    this.fundPayments = fundPayments;
    this.jobs = jobs;
    this.scope = scope;
    this.clock = clock;
    this.batchSize = properties.batchSize();
  }

  @Override
  public ImportJob run(ImportJob queued, List<RawRow> rows, Caller caller) {
    ImportJob job = queued.running();
    jobs.save(job);
    long started = System.nanoTime();
    int currentYear = java.time.LocalDate.now(clock.withZone(RegistryConfiguration.ZONE)).getYear();
    Map<String, Integer> firstRowOfKey = new HashMap<>(rows.size() * 2);
    Map<Integer, Set<String>> provincesByYear = new HashMap<>();
    Map<Integer, List<FundPayments.Payment>> changedByYear = new HashMap<>();
    for (int from = 0; from < rows.size(); from += batchSize) {
      List<RawRow> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
      job = batch(job, batch, caller, currentYear, firstRowOfKey, changedByYear, provincesByYear);
      jobs.save(job);
    }
    long checked = System.nanoTime();
    // amounts and the ranks they move are written together, once per payment, after the whole file
    // is checked;
    // oldest year first, so an institution's entry ends with the newest year this import recorded
    Map<String, FundPayment> recorded = new HashMap<>();
    new TreeSet<>(provincesByYear.keySet())
        .forEach(
            year ->
                recorded.putAll(
                    fundPayments.storeAndRerank(
                        year,
                        provincesByYear.get(year),
                        changedByYear.getOrDefault(year, List.of()))));
    long stored = System.nanoTime();
    int republished = republish(recorded, caller);
    job = job.completed(Instant.now(clock));
    jobs.save(job);
    log.info(
        "import {} of fund payments by {}: {} rows, {} created, {} updated, {} unchanged, {} failed; "
            + "{} institutions republished; checked in {} ms, stored and ranked in {} ms, republished in {} ms",
        job.id(),
        caller.username(),
        job.rowsTotal(),
        job.created(),
        job.updated(),
        job.unchanged(),
        job.failed(),
        republished,
        millis(started, checked),
        millis(checked, stored),
        millis(stored, System.nanoTime()));
    return job;
  }

  private static long millis(long from, long to) {
    return (to - from) / 1_000_000;
  }

  private ImportJob batch(
      ImportJob job,
      List<RawRow> batch,
      Caller caller,
      int currentYear,
      Map<String, Integer> firstRowOfKey,
      Map<Integer, List<FundPayments.Payment>> changedByYear,
      Map<Integer, Set<String>> provincesByYear) {
    List<RowError> errors = new ArrayList<>();
    Set<Integer> failedRows = new TreeSet<>();
    Map<Integer, FundPaymentRecord> valid = new LinkedHashMap<>();
    for (RawRow row : batch) {
      Validated<FundPaymentRecord> checked = FundPaymentRows.validate(row, currentYear);
      if (!checked.ok()) {
        errors.addAll(checked.errors());
        failedRows.add(row.number());
        continue;
      }
      FundPaymentRecord record = checked.value();
      Integer first =
          firstRowOfKey.putIfAbsent(record.nationalCode() + ":" + record.year(), row.number());
      if (first != null) {
        errors.add(
            new RowError(
                row.number(),
                "nationalCode",
                record.nationalCode() + " 的 " + record.year() + " 年度支付额与第 " + first + " 行重复"));
        failedRows.add(row.number());
        continue;
      }
      valid.put(row.number(), record);
    }
    Map<String, BulkInstitutionStore.Location> institutions =
        store.locate(
            valid.values().stream().map(FundPaymentRecord::nationalCode).distinct().toList());
    List<FundPayments.Payment> payments = new ArrayList<>();
    for (FundPaymentRecord record : valid.values()) {
      BulkInstitutionStore.Location institution = institutions.get(record.nationalCode());
      if (institution == null || !scope.covers(caller, institution.countyCode())) {
        errors.add(
            new RowError(
                record.row(),
                "nationalCode",
                "您的辖区内没有国家医保机构编码为 " + record.nationalCode() + " 的机构"));
        failedRows.add(record.row());
        continue;
      }
      payments.add(
          new FundPayments.Payment(
              institution.id(),
              institution.nationalCode(),
              record.year(),
              record.amount(),
              fundPayments.placeOf(institution.countyCode(), institution.regionPath())));
    }
    Map<String, BigDecimal> before =
        fundPayments.amounts(
            payments.stream().map(p -> FundPayments.key(p.institutionId(), p.year())).toList());
    List<FundPayments.Payment> changed = new ArrayList<>();
    int created = 0;
    int unchanged = 0;
    for (FundPayments.Payment payment : payments) {
      BigDecimal stored = before.get(FundPayments.key(payment.institutionId(), payment.year()));
      if (stored != null && stored.compareTo(payment.amount()) == 0) {
        unchanged++;
        continue;
      }
      if (stored == null) {
        created++;
      }
      changed.add(payment);
      changedByYear.computeIfAbsent(payment.year(), y -> new ArrayList<>()).add(payment);
      provincesByYear
          .computeIfAbsent(payment.year(), y -> new HashSet<>())
          .add(payment.place().provinceCode());
    }
    errors.sort(Comparator.comparingInt(RowError::row));
    return job.withBatch(
        batch.size(), created, changed.size() - created, unchanged, failedRows.size(), errors);
  }

  /**
   * Publishes each institution whose payment or rank moved with its latest payment: the one just
   * recorded unless a later year is on record. Batch by batch, the next batch is read and prepared
   * while the previous one is written (two cores: the client's conversions overlap the store's
   * writes).
   */
  private int republish(Map<String, FundPayment> recorded, Caller caller) {
    List<String> ids = new ArrayList<>(recorded.keySet());
    List<Integer> years = fundPayments.years();
    int republished = 0;
    try (WriteBehind<Integer> writer = new WriteBehind<>("registry-import-writer")) {
      for (int from = 0; from < ids.size(); from += batchSize) {
        List<String> batch = ids.subList(from, Math.min(ids.size(), from + batchSize));
        Map<String, FundPayment> latest = latest(batch, recorded, years);
        List<BulkInstitutionStore.Transition> transitions = transitions(batch, latest, caller);
        Integer written = writer.submit(() -> write(transitions, latest, caller));
        republished += written == null ? 0 : written;
      }
      Integer last = writer.drain();
      return republished + (last == null ? 0 : last);
    }
  }

  private List<BulkInstitutionStore.Transition> transitions(
      Collection<String> ids, Map<String, FundPayment> latest, Caller caller) {
    Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    List<BulkInstitutionStore.Transition> transitions = new ArrayList<>();
    for (Institution before : store.findByIds(ids).values()) {
      Institution after = before.recordFundPayment(latest.get(before.id()), at, caller.username());
      if (after != before) {
        transitions.add(new BulkInstitutionStore.Transition(before, after));
      }
    }
    return transitions;
  }

  /** Writes the transitions; re-reads and retries the few institutions changed meanwhile. */
  private int write(
      List<BulkInstitutionStore.Transition> transitions,
      Map<String, FundPayment> latest,
      Caller caller) {
    int written = 0;
    List<BulkInstitutionStore.Transition> pending = transitions;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS && !pending.isEmpty(); attempt++) {
      Set<String> clashed = store.updateAll(pending);
      written += pending.size() - clashed.size();
      pending =
          clashed.isEmpty() || attempt == MAX_ATTEMPTS
              ? List.of()
              : transitions(clashed, latest, caller);
      if (attempt == MAX_ATTEMPTS && !clashed.isEmpty()) {
        log.warn(
            "fund payments of {} institutions not republished after {} attempts (changed concurrently): {}",
            clashed.size(),
            MAX_ATTEMPTS,
            clashed);
      }
    }
    return written;
  }

  /** The latest payment of each institution: the recorded one, or a stored one of a later year. */
  private Map<String, FundPayment> latest(
      List<String> ids, Map<String, FundPayment> recorded, List<Integer> years) {
    Map<String, FundPayment> latest = new HashMap<>(ids.size() * 2);
    int oldest = Integer.MAX_VALUE;
    List<String> maybeLater = new ArrayList<>();
    for (String id : ids) {
      FundPayment payment = recorded.get(id);
      latest.put(id, payment);
      if (payment.year() < years.get(years.size() - 1)) {
        maybeLater.add(id);
        oldest = Math.min(oldest, payment.year());
      }
    }
    if (maybeLater.isEmpty()) {
      return latest;
    }
    int after = oldest;
    fundPayments
        .latestOf(maybeLater, years.stream().filter(year -> year > after).toList())
        .forEach(
            (id, payment) -> latest.merge(id, payment, (a, b) -> a.year() >= b.year() ? a : b));
    return latest;
  }
}
