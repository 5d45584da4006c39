package org.ybjg.registry.staff;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.ybjg.registry.history.HistoryEntryView;
import org.ybjg.registry.history.HistorySource;
import org.ybjg.registry.staff.domain.Doctor;
import org.ybjg.registry.staff.domain.DoctorChange;
import org.ybjg.registry.staff.domain.DoctorChangeKind;

/**
 * Puts the credit records of the institution's 医保医师 into the institution's history (source {@code
 * CREDIT}): each record ({@code DOCTOR_CREDIT_RECORD}), each rectification ({@code
 * DOCTOR_CASE_RECTIFIED}) and each repair ({@code DOCTOR_CREDIT_REPAIR}), naming the doctor.
 */
@Component
class DoctorCreditHistorySource implements HistorySource {

  static final String SOURCE = "CREDIT";

  private final Doctors doctors;

  DoctorCreditHistorySource(Doctors doctors) {
    this.doctors = doctors;
  }

  @Override
  public List<HistoryEntryView> entriesFor(String institutionId) {
    List<HistoryEntryView> entries = new ArrayList<>();
    for (Doctor doctor : doctors.withCreditRecords(institutionId)) {
      for (DoctorChange change : doctor.history()) {
        if (change.kind() == DoctorChangeKind.DOCTOR_CREDIT_RECORDED) {
          entries.add(entry(doctor, change, "DOCTOR_CREDIT_RECORD", "医保医师信用记录"));
        } else if (change.kind() == DoctorChangeKind.DOCTOR_CREDIT_REPAIRED) {
          entries.add(entry(doctor, change, "DOCTOR_CREDIT_REPAIR", "医保医师信用修复"));
        } else if (change.kind() == DoctorChangeKind.DOCTOR_CASE_RECTIFIED) {
          entries.add(
              entry(
                  doctor,
                  change,
                  "DOCTOR_CASE_RECTIFIED",
                  DoctorChangeKind.DOCTOR_CASE_RECTIFIED.label()));
        }
      }
    }
    return entries;
  }

  private static HistoryEntryView entry(
      Doctor doctor, DoctorChange change, String kind, String label) {
    return new HistoryEntryView(
        change.at(),
        SOURCE,
        kind,
        label,
        change.reference(),
        "医保医师 " + doctor.name() + "（" + doctor.id() + "）：" + change.detail(),
        change.by());
  }
}
