package org.ybjg.inspection.crosscheck;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.inspection.api.CrossCheckApi;
import org.ybjg.inspection.api.PublicCrossCheckApi;
import org.ybjg.inspection.api.model.CeremonyOfficialDto;
import org.ybjg.inspection.api.model.CountyPairDto;
import org.ybjg.inspection.api.model.CrossCheckPairingDto;
import org.ybjg.inspection.api.model.NewCrossCheckPairingDto;
import org.ybjg.inspection.api.model.PairingCeremonyDto;
import org.ybjg.inspection.api.model.PairingCeremonyRecordDto;
import org.ybjg.inspection.api.model.PairingStatusDto;
import org.ybjg.inspection.api.model.RankedCountyDto;
import org.ybjg.inspection.ceremony.domain.Official;
import org.ybjg.inspection.crosscheck.domain.CountyPairing;

/** County-to-county cross-check pairings, and their public record (一公开). */
@RestController
class CrossCheckController implements CrossCheckApi, PublicCrossCheckApi {

  private final CrossCheckService service;
  private final CurrentCaller currentCaller;

  CrossCheckController(CrossCheckService service, CurrentCaller currentCaller) {
    this.service = service;
    this.currentCaller = currentCaller;
  }

  @Override
  public ResponseEntity<CrossCheckPairingDto> commitCrossCheckPairing(
      NewCrossCheckPairingDto body) {
    CountyPairing pairing =
        service.commit(
            currentCaller.get(),
            body.getCityCode(),
            body.getCounties(),
            body.getNoReciprocal() == null || body.getNoReciprocal(),
            body.getCommitment());
    return ResponseEntity.created(
            URI.create("/api/inspection/public/cross-check-pairings/" + pairing.id()))
        .body(toDto(pairing, false));
  }

  @Override
  public ResponseEntity<CrossCheckPairingDto> fixCrossCheckPairing(
      String id, PairingCeremonyDto body) {
    List<Official> officials =
        body.getOfficials().stream().map(o -> new Official(o.getName(), o.getDigits())).toList();
    return ResponseEntity.ok(
        toDto(service.fix(currentCaller.get(), id, officials, body.getSecret()), false));
  }

  @Override
  public ResponseEntity<CrossCheckPairingDto> getCrossCheckPairing(String id) {
    return ResponseEntity.ok(toDto(service.visible(currentCaller.get(), id), false));
  }

  @Override
  public ResponseEntity<CrossCheckPairingDto> getPublicCrossCheckPairing(String id) {
    return ResponseEntity.ok(toDto(service.published(id), true));
  }

  /**
   * The pairing: the secret only once fixed; the public record names no staff account (who
   * committed and who recorded the ceremony are for staff).
   */
  private CrossCheckPairingDto toDto(CountyPairing pairing, boolean isPublic) {
    CrossCheckPairingDto dto =
        new CrossCheckPairingDto()
            .kind(CrossCheckPairingDto.KindEnum.COUNTY_PAIRING)
            .id(pairing.id())
            .cityCode(pairing.cityCode())
            .counties(pairing.counties())
            .noReciprocal(pairing.noReciprocal())
            .status(PairingStatusDto.fromValue(pairing.status().name()))
            .statusLabel(pairing.status().label())
            .commitment(pairing.commitment())
            .secretSupplied(pairing.secretSupplied())
            .secret(pairing.revealedSecret())
            .seed(pairing.seed())
            .order(
                pairing.order().stream()
                    .map(r -> new RankedCountyDto(r.countyCode(), r.key()))
                    .toList())
            .pairs(
                pairing.pairs().stream()
                    .map(
                        p ->
                            new CountyPairDto(
                                p.inspectedCounty(),
                                service.nameOf(p.inspectedCounty()),
                                p.inspectingCounty(),
                                service.nameOf(p.inspectingCounty())))
                    .toList())
            .createdBy(isPublic ? null : pairing.createdBy())
            .createdAt(pairing.createdAt().atOffset(ZoneOffset.UTC));
    if (pairing.ceremony() != null) {
      dto.ceremony(
          new PairingCeremonyRecordDto()
              .officials(
                  pairing.ceremony().officials().stream()
                      .map(o -> new CeremonyOfficialDto(o.name(), o.digits()))
                      .toList())
              .fixedAt(pairing.ceremony().at().atOffset(ZoneOffset.UTC))
              .fixedBy(isPublic ? null : pairing.ceremony().recordedBy()));
    }
    return dto;
  }
}
