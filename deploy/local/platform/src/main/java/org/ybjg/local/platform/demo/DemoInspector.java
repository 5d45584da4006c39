package org.ybjg.local.platform.demo;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/inspection/inspectors} for one demo inspector. Only law-enforcement
 * officers hold a certificate; the other roles send no certificate fields at all.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DemoInspector(
    String name,
    InspectorRole role,
    String certificateNumber,
    LocalDate certificateValidUntil,
    String homeCountyCode,
    String employer,
    List<Specialty> specialties) {

  public DemoInspector {
    specialties = List.copyOf(specialties);
  }
}
