package org.ybjg.inspection.roster;

import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.ybjg.chassis.Ids;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.inspection.access.Access;
import org.ybjg.inspection.common.domain.LegalCalendar;
import org.ybjg.inspection.roster.domain.Inspector;
import org.ybjg.inspection.roster.domain.RegisterInspectorCommand;

/** Puts a person on the inspector roster (执法人员名录库). */
@Service
public class RegisterInspector {

  private final Inspectors inspectors;
  private final RegionScope scope;
  private final Clock clock;

  public RegisterInspector(Inspectors inspectors, RegionScope scope, Clock clock) {
    this.inspectors = inspectors;
    this.scope = scope;
    this.clock = clock;
  }

  /**
   * The registered inspector; for a repeated idempotency key, the one registered the first time.
   */
  public Inspector handle(Caller caller, RegisterInspectorCommand command) {
    Access.requireAnyRole(caller, Access.ROSTER_KEEPERS);
    if (command.requestKey() != null) {
      var earlier = inspectors.findByRequestKey(command.requestKey());
      if (earlier.isPresent()) {
        if (!earlier.get().answers(command)) {
          throw Access.keyReused();
        }
        return earlier.get();
      }
    }
    String county = command.homeCountyCode();
    if (!scope.regions().isCounty(county)) {
      throw Refusal.rule(
          "unknown-county",
          "homeCountyCode",
          "区划代码 " + county + " 不是区划表中的县级区划 (not a county in the region table)");
    }
    if (!scope.covers(caller, county)) {
      throw Access.outsideRegion(caller, "homeCountyCode", county);
    }
    Inspector inspector =
        Inspector.register(
            Ids.next(),
            command,
            scope.pathOf(county),
            caller.username(),
            clock.instant(),
            LegalCalendar.today(clock));
    try {
      inspectors.insert(inspector);
      return inspector;
    } catch (DuplicateKeyException e) {
      if (command.requestKey() != null) {
        var concurrent = inspectors.findByRequestKey(command.requestKey());
        if (concurrent.isPresent()) {
          return concurrent.get();
        }
      }
      throw Refusal.conflict(
          "duplicate-certificate",
          "证号 "
              + inspector.certificateNumber()
              + " 已在名录库中 (certificate number already on the roster)");
    }
  }
}
