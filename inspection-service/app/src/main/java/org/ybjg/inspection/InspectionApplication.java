package org.ybjg.inspection;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The inspection service: object directory, inspector roster and findings (检查服务). */
@SpringBootApplication
public class InspectionApplication {

  public static void main(String[] args) {
    SpringApplication.run(InspectionApplication.class, args);
  }
}
