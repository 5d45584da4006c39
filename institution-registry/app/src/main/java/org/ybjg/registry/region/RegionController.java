package org.ybjg.registry.region;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.chassis.region.Region;
import org.ybjg.chassis.security.CurrentCaller;
import org.ybjg.chassis.security.RegionScope;
import org.ybjg.registry.api.RegionsApi;
import org.ybjg.registry.api.model.RegionDto;
import org.ybjg.registry.api.model.RegionLevelDto;

/**
 * The regions a caller may pick as a filter: its own region and everything below it, in table
 * order.
 */
@RestController
class RegionController implements RegionsApi {

  private final CurrentCaller currentCaller;
  private final RegionScope scope;

  RegionController(CurrentCaller currentCaller, RegionScope scope) {
    this.currentCaller = currentCaller;
    this.scope = scope;
  }

  @Override
  public ResponseEntity<List<RegionDto>> listRegions() {
    String own = currentCaller.get().region();
    return ResponseEntity.ok(
        scope.regions().all().stream()
            .filter(region -> scope.regions().isWithin(region.code(), own))
            .map(RegionController::toDto)
            .toList());
  }

  private static RegionDto toDto(Region region) {
    return new RegionDto(
            region.code(),
            region.name(),
            RegionLevelDto.valueOf(region.level().name()),
            label(region.level()))
        .parentCode(region.parentCode());
  }

  private static String label(Region.Level level) {
    return switch (level) {
      case PROVINCE -> "省";
      case CITY -> "市";
      case COUNTY -> "县区";
    };
  }
}
