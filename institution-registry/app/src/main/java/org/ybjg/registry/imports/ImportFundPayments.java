package org.ybjg.registry.imports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.ybjg.chassis.imports.domain.RawRow;
import org.ybjg.chassis.imports.domain.RowError;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.config.RegistryConfiguration;
import org.ybjg.registry.fundpayment.FundPayments;
import org.ybjg.registry.imports.domain.FundPaymentRecord;
import org.ybjg.registry.imports.domain.FundPaymentRows;
import org.ybjg.registry.imports.domain.ImportJob;
import org.ybjg.registry.imports.domain.Validated;
import org.ybjg.registry.institution.domain.FundPayment;
import org.ybjg.registry.institution.domain.Institution;

/**
 * Records yearly fund payments from an import (points 5 and 8 of the registry issue): upserts the amounts batch
 * by batch, then recomputes the ranks of the imported years for the provinces concerned and republishes every
 * institution whose latest fund payment or rank changed ({@code FUND_PAYMENT_RECORDED}, full state with
 * {@code fundPayment}), again in batches with one bulk write each.
 */
@Component
public class ImportFundPayments {

  private static final Logger log = LoggerFactory.getLogger(ImportFundPayments.class);
  private static final int MAX_ATTEMPTS = 3;

  private final BulkInstitutionStore store;
  private final FundPayments fundPayments;
  private final ImportJobs jobs;
  private final RegionScope scope;
  private final Clock clock;
  private final int batchSize;

  ImportFundPayments(BulkInstitutionStore store, FundPayments fundPayments, ImportJobs jobs, RegionScope scope,
      Clock clock, ImportProperties properties) {
    this.store = store;
    this.fundPayments = fundPayments;
    this.jobs = jobs;
    this.scope = scope;
    this.clock = clock;
    this.batchSize = properties.batchSize();
  }

  public ImportJob run(ImportJob queued, List<RawRow> rows, Caller caller) {
    ImportJob job = queued.running();
    jobs.save(job);
    int currentYear = java.time.LocalDate.now(clock.withZone(RegistryConfiguration.ZONE)).getYear();
    Map<String, Integer> firstRowOfKey = new HashMap<>(rows.size() * 2);
    Set<String> touched = new HashSet<>();
    Map<Integer, Set<String>> provincesByYear = new HashMap<>();
    Map<Integer, List<FundPayments.Payment>> changedByYear = new HashMap<>();
    for (int from = 0; from < rows.size(); from += batchSize) {
      List<RawRow> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
      job = batch(job, batch, caller, currentYear, firstRowOfKey, changedByYear, provincesByYear);
      jobs.save(job);
    }
    // amounts and the ranks they move are written together, once per payment, after the whole file is checked
    for (Map.Entry<Integer, Set<String>> year : provincesByYear.entrySet()) {
      touched.addAll(fundPayments.storeAndRerank(year.getKey(), year.getValue(),
          changedByYear.getOrDefault(year.getKey(), List.of())));
    }
    int republished = republish(touched, caller);
    job = job.completed(Instant.now(clock));
    jobs.save(job);
    log.info("import {} of fund payments by {}: {} rows, {} created, {} updated, {} unchanged, {} failed; "
            + "{} institutions republished", job.id(), caller.username(), job.rowsTotal(), job.created(),
        job.updated(), job.unchanged(), job.failed(), republished);
    return job;
  }

  private ImportJob batch(ImportJob job, List<RawRow> batch, Caller caller, int currentYear,
      Map<String, Integer> firstRowOfKey, Map<Integer, List<FundPayments.Payment>> changedByYear,
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
      Integer first = firstRowOfKey.putIfAbsent(record.nationalCode() + ":" + record.year(), row.number());
      if (first != null) {
        errors.add(new RowError(row.number(), "nationalCode",
            record.nationalCode() + " 的 " + record.year() + " 年度支付额与第 " + first + " 行重复"));
        failedRows.add(row.number());
        continue;
      }
      valid.put(row.number(), record);
    }
    Map<String, Institution> institutions = store.findByNationalCodes(
        valid.values().stream().map(FundPaymentRecord::nationalCode).distinct().toList());
    List<FundPayments.Payment> payments = new ArrayList<>();
    for (FundPaymentRecord record : valid.values()) {
      Institution institution = institutions.get(record.nationalCode());
      if (institution == null || !scope.covers(caller, institution.countyCode())) {
        errors.add(new RowError(record.row(), "nationalCode",
            "您的辖区内没有国家医保机构编码为 " + record.nationalCode() + " 的机构"));
        failedRows.add(record.row());
        continue;
      }
      payments.add(new FundPayments.Payment(institution.id(), institution.nationalCode(), record.year(),
          record.amount(), fundPayments.placeOf(institution.countyCode(), institution.regionPath())));
    }
    Map<String, BigDecimal> before = fundPayments.amounts(
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
      provincesByYear.computeIfAbsent(payment.year(), y -> new HashSet<>()).add(payment.place().provinceCode());
    }
    errors.sort(Comparator.comparingInt(RowError::row));
    return job.withBatch(batch.size(), created, changed.size() - created, unchanged, failedRows.size(), errors);
  }

  /** Publishes each institution whose latest payment or rank moved; retries the few changed meanwhile. */
  private int republish(Set<String> institutionIds, Caller caller) {
    List<String> ids = new ArrayList<>(institutionIds);
    List<Integer> years = fundPayments.years();
    int republished = 0;
    for (int from = 0; from < ids.size(); from += batchSize) {
      List<String> batch = ids.subList(from, Math.min(ids.size(), from + batchSize));
      Set<String> pending = new HashSet<>(batch);
      for (int attempt = 1; attempt <= MAX_ATTEMPTS && !pending.isEmpty(); attempt++) {
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        Map<String, FundPayment> latest = fundPayments.latestOf(pending, years);
        List<BulkInstitutionStore.Transition> transitions = new ArrayList<>();
        for (Institution before : store.findByIds(pending).values()) {
          FundPayment payment = latest.get(before.id());
          Institution after = payment == null ? before : before.recordFundPayment(payment, at, caller.username());
          if (after != before) {
            transitions.add(new BulkInstitutionStore.Transition(before, after));
          }
        }
        Set<String> clashed = store.updateAll(transitions);
        republished += transitions.size() - clashed.size();
        pending = new HashSet<>(clashed);
      }
      if (!pending.isEmpty()) {
        log.warn("fund payments of {} institutions not republished after {} attempts (changed concurrently): {}",
            pending.size(), MAX_ATTEMPTS, pending);
      }
    }
    return republished;
  }
}
