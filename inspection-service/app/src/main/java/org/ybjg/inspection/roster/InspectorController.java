package org.ybjg.inspection.roster;

import java.time.ZoneOffset;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.inspection.access.Access;
import org.ybjg.inspection.api.InspectorsApi;
import org.ybjg.inspection.api.model.AffiliationDto;
import org.ybjg.inspection.api.model.InspectorDto;
import org.ybjg.inspection.api.model.InspectorPageDto;
import org.ybjg.inspection.api.model.InspectorRoleDto;
import org.ybjg.inspection.api.model.NewInspectorDto;
import org.ybjg.inspection.api.model.SpecialtyDto;
import org.ybjg.inspection.api.model.UnavailabilityDto;
import org.ybjg.inspection.common.PageOf;
import org.ybjg.inspection.roster.domain.Inspector;
import org.ybjg.inspection.roster.domain.InspectorRole;
import org.ybjg.inspection.roster.domain.RegisterInspectorCommand;
import org.ybjg.inspection.roster.domain.Specialty;

/** The inspector roster (执法人员名录库). */
@RestController
class InspectorController implements InspectorsApi {

  private final RegisterInspector registerInspector;
  private final Inspectors inspectors;
  private final CurrentCaller currentCaller;
  private final RegionScope scope;

  InspectorController(
      RegisterInspector registerInspector,
      Inspectors inspectors,
      CurrentCaller currentCaller,
      RegionScope scope) {
    this.registerInspector = registerInspector;
    this.inspectors = inspectors;
    this.currentCaller = currentCaller;
    this.scope = scope;
  }

  @Override
  public ResponseEntity<InspectorDto> registerInspector(
      NewInspectorDto body, String idempotencyKey) {
    Caller caller = currentCaller.get();
    RegisterInspectorCommand command =
        new RegisterInspectorCommand(
            body.getName(),
            body.getRole() == null ? null : InspectorRole.valueOf(body.getRole().getValue()),
            body.getCertificateNumber(),
            body.getCertificateValidUntil(),
            body.getHomeCountyCode(),
            body.getEmployer(),
            body.getSpecialties() == null
                ? null
                : body.getSpecialties().stream().map(s -> Specialty.valueOf(s.getValue())).toList(),
            Access.requestKey(caller, idempotencyKey),
            body.getAffiliations() == null
                ? null
                : body.getAffiliations().stream()
                    .map(a -> new Inspector.Affiliation(a.getInstitutionId(), a.getReason()))
                    .toList(),
            body.getUnavailable() == null
                ? null
                : body.getUnavailable().stream()
                    .map(u -> new Inspector.Unavailability(u.getFrom(), u.getTo()))
                    .toList(),
            body.getAccount());
    Inspector inspector = registerInspector.handle(caller, command);
    return ResponseEntity.status(HttpStatus.CREATED).body(toDto(inspector));
  }

  @Override
  public ResponseEntity<InspectorPageDto> listInspectors(
      String countyCode, InspectorRoleDto role, Integer page, Integer size) {
    Caller caller = currentCaller.get();
    Access.requireAnyRole(caller, Access.STAFF);
    String region = scope.narrow(caller, countyCode);
    PageOf<InspectorDto> found =
        inspectors
            .search(
                region, role == null ? null : InspectorRole.valueOf(role.getValue()), page, size)
            .map(InspectorController::toDto);
    return ResponseEntity.ok(
        new InspectorPageDto(found.items(), found.page(), found.size(), found.total()));
  }

  static InspectorDto toDto(Inspector inspector) {
    return new InspectorDto()
        .id(inspector.id())
        .name(inspector.name())
        .role(InspectorRoleDto.fromValue(inspector.role().name()))
        .roleLabel(inspector.role().label())
        .certificateNumber(inspector.certificateNumber())
        .certificateValidUntil(inspector.certificateValidUntil())
        .homeCountyCode(inspector.homeCountyCode())
        .employer(inspector.employer())
        .account(inspector.account())
        .specialties(
            inspector.specialties().stream().map(s -> SpecialtyDto.fromValue(s.name())).toList())
        .specialtyLabels(inspector.specialties().stream().map(Specialty::label).toList())
        .registeredBy(inspector.registeredBy())
        .registeredAt(inspector.registeredAt().atOffset(ZoneOffset.UTC))
        .affiliations(
            inspector.affiliations().stream()
                .map(a -> new AffiliationDto(a.institutionId(), a.reason()))
                .toList())
        .unavailable(
            inspector.unavailable().stream()
                .map(u -> new UnavailabilityDto(u.from(), u.to()))
                .toList());
  }
}
