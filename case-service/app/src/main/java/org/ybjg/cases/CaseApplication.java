package org.ybjg.cases;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The case service: findings become cases, cases get their decisions. */
@SpringBootApplication
public class CaseApplication {

  public static void main(String[] args) {
    SpringApplication.run(CaseApplication.class, args);
  }
}
