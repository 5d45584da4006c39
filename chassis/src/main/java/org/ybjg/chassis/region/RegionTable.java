package org.ybjg.chassis.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ybjg.chassis.csv.CsvRecords;

/**
 * The region table: codes, names and recorded parents. County-level cities directly under a
 * province (e.g. {@code PP90xx}) have the province as parent, which prefix arithmetic would get
 * wrong.
 */
public class RegionTable {

  private final Map<String, Region> byCode;

  public RegionTable(List<Region> regions) {
    Map<String, Region> map = new LinkedHashMap<>();
    regions.forEach(region -> map.put(region.code(), region));
    for (Region region : map.values()) {
      if (region.parentCode() != null && !map.containsKey(region.parentCode())) {
        throw new IllegalArgumentException(
            "region " + region.code() + " names unknown parent " + region.parentCode());
      }
    }
    this.byCode = Collections.unmodifiableMap(map);
  }

  /**
   * Reads {@code code,name,parent} records (header first; empty parent for a province; {@code #}
   * comments).
   */
  public static RegionTable fromCsv(InputStream csv) {
    List<List<String>> records;
    try (csv) {
      records =
          CsvRecords.ofTable(
              new String(csv.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Region> regions = new ArrayList<>();
    for (List<String> cells : records.subList(Math.min(1, records.size()), records.size())) {
      String parent = cells.size() > 2 && !cells.get(2).isBlank() ? cells.get(2).trim() : null;
      regions.add(new Region(cells.get(0).trim(), cells.get(1).trim(), parent));
    }
    return new RegionTable(regions);
  }

  public Optional<Region> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  public boolean isCounty(String code) {
    return find(code).map(region -> region.level() == Region.Level.COUNTY).orElse(false);
  }

  /** The code itself and every ancestor up to the province, nearest first. Unknown code: empty. */
  public List<String> pathOf(String code) {
    List<String> path = new ArrayList<>();
    Region region = byCode.get(code);
    while (region != null) {
      path.add(region.code());
      region = region.parentCode() == null ? null : byCode.get(region.parentCode());
    }
    return path;
  }

  public boolean isWithin(String code, String ancestorOrSelf) {
    return pathOf(code).contains(ancestorOrSelf);
  }

  public List<Region> all() {
    return List.copyOf(byCode.values());
  }
}
