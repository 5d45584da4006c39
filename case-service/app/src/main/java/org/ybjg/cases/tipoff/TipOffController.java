package org.ybjg.cases.tipoff;

import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.cases.api.TipOffsApi;
import org.ybjg.cases.api.model.PublicCountyDto;
import org.ybjg.cases.api.model.PublicTipOffRequestDto;
import org.ybjg.cases.api.model.RewardDto;
import org.ybjg.cases.api.model.RewardStatusDto;
import org.ybjg.cases.api.model.TipOffChannelDto;
import org.ybjg.cases.api.model.TipOffDto;
import org.ybjg.cases.api.model.TipOffEntryDto;
import org.ybjg.cases.api.model.TipOffPageDto;
import org.ybjg.cases.api.model.TipOffReceiptDto;
import org.ybjg.cases.api.model.TipOffRequestDto;
import org.ybjg.cases.api.model.TipOffStatusDto;
import org.ybjg.cases.api.model.TipOffStepRequestDto;
import org.ybjg.cases.api.model.WhistleblowerDto;
import org.ybjg.cases.casefile.CaseAccess;
import org.ybjg.cases.institution.Institutions;
import org.ybjg.cases.tipoff.domain.TipOff;
import org.ybjg.cases.tipoff.domain.TipOffAction;
import org.ybjg.cases.tipoff.domain.TipOffChannel;
import org.ybjg.cases.tipoff.domain.Whistleblower;
import org.ybjg.chassis.Ids;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.domain.Yuan;
import org.ybjg.chassis.region.Region;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.RegionScope;

/**
 * Tip-offs: intake, handling, the public receipt-code view. The whistleblower's identity leaves
 * this service only to the tip-off's handlers.
 */
@RestController
class TipOffController implements TipOffsApi {

  private final TipOffs tipOffs;
  private final ReceiveTipOff receiveTipOff;
  private final HandleTipOff handleTipOff;
  private final CaseAccess access;
  private final RegionScope regions;
  private final CurrentCaller currentCaller;
  private final Institutions institutions;

  TipOffController(
      Institutions institutions,
      TipOffs tipOffs,
      ReceiveTipOff receiveTipOff,
      HandleTipOff handleTipOff,
      CaseAccess access,
      RegionScope regions,
      CurrentCaller currentCaller) {
    this.institutions = institutions;
    this.tipOffs = tipOffs;
    this.receiveTipOff = receiveTipOff;
    this.handleTipOff = handleTipOff;
    this.access = access;
    this.regions = regions;
    this.currentCaller = currentCaller;
  }

  @Override
  public ResponseEntity<TipOffDto> receiveTipOff(TipOffRequestDto r) {
    Caller caller = currentCaller.get();
    access.requireDecider(caller);
    requireCounty(r.getCountyCode());
    if (!regions.covers(caller, r.getCountyCode())) {
      throw Refusal.rule(
          "county-outside-region", "countyCode", r.getCountyCode() + " is outside your region");
    }
    if (r.getInstitutionId() != null) {
      requireInstitutionWithin(r.getInstitutionId(), caller);
    }
    WhistleblowerDto w = r.getWhistleblower();
    TipOff received =
        receiveTipOff.receive(
            (code, now) ->
                TipOff.receive(
                    Ids.next(),
                    code,
                    r.getCountyCode(),
                    regions.pathOf(r.getCountyCode()),
                    r.getInstitutionId(),
                    r.getInstitutionName(),
                    r.getContent(),
                    TipOffChannel.valueOf(r.getChannel().getValue()),
                    Boolean.TRUE.equals(r.getAnonymous()),
                    identity(w),
                    caller.username(),
                    now.today(),
                    now.now()));
    return ResponseEntity.status(HttpStatus.CREATED).body(toDto(received, caller));
  }

  /**
   * A tip-off names an institution of the caller's region that the directory knows: an unknown and
   * a foreign id get the same answer, so no other county's institution is confirmed or attached.
   */
  private void requireInstitutionWithin(String institutionId, Caller caller) {
    boolean visible =
        institutions
            .find(institutionId)
            .filter(i -> regions.covers(caller, i.countyCode()))
            .isPresent();
    if (!visible) {
      throw Refusal.rule(
          "unknown-institution", "institutionId", "机构 " + institutionId + " 不在定点医药机构名录中（或尚未同步）");
    }
  }

  /**
   * A citizen's tip-off from the disclosure site (no token): the same intake, channel ONLINE,
   * unclaimed.
   */
  @Override
  public ResponseEntity<TipOffReceiptDto> submitPublicTipOff(PublicTipOffRequestDto r) {
    requireCounty(r.getCountyCode());
    TipOff received =
        receiveTipOff.receive(
            (code, now) ->
                TipOff.receiveOnline(
                    Ids.next(),
                    code,
                    r.getCountyCode(),
                    regions.pathOf(r.getCountyCode()),
                    r.getInstitutionName(),
                    r.getContent(),
                    Boolean.TRUE.equals(r.getAnonymous()),
                    identity(r.getWhistleblower()),
                    now.today(),
                    now.now()));
    return ResponseEntity.status(HttpStatus.CREATED).body(receipt(received));
  }

  /**
   * The counties of the region table (what the public tip-off form offers), by code, with their
   * city.
   */
  @Override
  public ResponseEntity<List<PublicCountyDto>> listPublicCounties() {
    var table = regions.regions();
    return ResponseEntity.ok(
        table.all().stream()
            .filter(r -> r.level() == Region.Level.COUNTY)
            .sorted(Comparator.comparing(Region::code))
            .map(
                r -> {
                  Region city =
                      r.parentCode() == null ? null : table.find(r.parentCode()).orElse(null);
                  return new PublicCountyDto()
                      .code(r.code())
                      .name(r.name())
                      .cityCode(city == null ? null : city.code())
                      .cityName(city == null ? null : city.name());
                })
            .toList());
  }

  private void requireCounty(String countyCode) {
    if (!regions.regions().isCounty(countyCode)) {
      throw Refusal.rule(
          "unknown-county", "countyCode", countyCode + " is not a county of the region table");
    }
  }

  private static Whistleblower identity(WhistleblowerDto w) {
    return w == null
        ? null
        : new Whistleblower(w.getName(), w.getPhone(), w.getIdNumber(), w.getAddress());
  }

  @Override
  public ResponseEntity<TipOffPageDto> listTipOffs(String countyCode, Integer page, Integer size) {
    Caller caller = currentCaller.get();
    access.requireReader(caller);
    String region = regions.narrow(caller, countyCode);
    return ResponseEntity.ok(
        new TipOffPageDto()
            .items(tipOffs.page(region, page, size).stream().map(t -> toDto(t, caller)).toList())
            .page(page)
            .size(size)
            .total(tipOffs.count(region)));
  }

  @Override
  public ResponseEntity<TipOffDto> getTipOff(String tipOffId) {
    Caller caller = currentCaller.get();
    access.requireReader(caller);
    return ResponseEntity.ok(toDto(handleTipOff.visible(tipOffId, caller), caller));
  }

  @Override
  public ResponseEntity<TipOffDto> handleTipOff(String tipOffId, TipOffStepRequestDto r) {
    Caller caller = currentCaller.get();
    TipOff next =
        handleTipOff.take(
            tipOffId,
            new HandleTipOff.Request(
                TipOffAction.valueOf(r.getAction().getValue()),
                r.getHandler(),
                r.getVerified(),
                Yuan.parse(r.getVerifiedAmount()),
                r.getNote(),
                r.getCaseId(),
                r.getText()),
            caller);
    return ResponseEntity.ok(toDto(next, caller));
  }

  @Override
  public ResponseEntity<TipOffReceiptDto> followTipOff(String receiptCode) {
    TipOff t =
        tipOffs
            .byReceiptCode(receiptCode)
            .orElseThrow(() -> Refusal.notFound("no tip-off with this " + "receipt code"));
    return ResponseEntity.ok(receipt(t));
  }

  /** What the whistleblower may know: status, feedback, reward status — no identity, no content. */
  private static TipOffReceiptDto receipt(TipOff t) {
    return new TipOffReceiptDto()
        .receiptCode(t.receiptCode())
        .status(TipOffStatusDto.fromValue(t.status().name()))
        .statusLabel(t.status().label())
        .receivedOn(t.receivedOn())
        .feedback(t.feedback())
        .rewardStatus(
            t.reward() == null ? null : RewardStatusDto.fromValue(t.reward().status().name()))
        .rewardStatusLabel(t.reward() == null ? null : t.reward().status().label());
  }

  /** The identity only for handlers; everybody else learns that one exists, not who. */
  static TipOffDto toDto(TipOff t, Caller caller) {
    boolean handler = t.isHandler(caller.username());
    Whistleblower w = t.whistleblower();
    return new TipOffDto()
        .id(t.id())
        .receiptCode(handler ? t.receiptCode() : "************")
        .countyCode(t.countyCode())
        .institutionId(t.institutionId())
        .institutionName(t.institutionName())
        .content(t.content())
        .channel(TipOffChannelDto.fromValue(t.channel().name()))
        .channelLabel(t.channel().label())
        .anonymous(t.anonymous())
        .identityHidden(w != null && !handler)
        .whistleblower(
            w == null || !handler
                ? null
                : new WhistleblowerDto()
                    .name(w.name())
                    .phone(w.phone())
                    .idNumber(w.idNumber())
                    .address(w.address()))
        .status(TipOffStatusDto.fromValue(t.status().name()))
        .statusLabel(t.status().label())
        .receivedOn(t.receivedOn())
        .receivedBy(t.receivedBy())
        .handlers(t.handlers())
        .verifiedAmount(Yuan.format(t.verifiedAmount()))
        .caseId(t.caseId())
        .feedback(t.feedback())
        .reward(
            t.reward() == null
                ? null
                : new RewardDto()
                    .amount(Yuan.format(t.reward().amount()))
                    .status(RewardStatusDto.fromValue(t.reward().status().name()))
                    .statusLabel(t.reward().status().label())
                    .rule(t.reward().rule())
                    .paidOn(t.reward().paidOn()))
        .history(
            t.history().stream()
                .map(
                    e ->
                        new TipOffEntryDto()
                            .what(e.what())
                            .at(e.at().atOffset(ZoneOffset.UTC))
                            .by(e.by())
                            .note(e.note()))
                .toList());
  }
}
