package org.ybjg.inspection.sampling.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ybjg.inspection.sampling.domain.StratifiedDraw;
import org.ybjg.inspection.sampling.domain.Stratum;

/**
 * Main-method benchmark (with warm-up) of the stratified draw core; not part of the build's tests
 * (the name does not end in Test/IT). Run after {@code verify} or {@code test-compile}:
 * {@code java -cp inspection-service/app/target/classes:inspection-service/app/target/test-classes
 * org.ybjg.inspection.sampling.bench.DrawBenchmark}. Team assignment is not benchmarked yet.
 */
public final class DrawBenchmark {

  public static void main(String[] args) {
    List<Stratum> strata = List.of(new Stratum("TERTIARY", 50, 0), new Stratum("SECONDARY", 30, 0),
        new Stratum("PRIMARY", 10, 0), new Stratum("PHARMACY", 5, 0));
    for (int n : new int[] {10_000, 100_000, 1_000_000}) {
      Map<String, List<String>> pop = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        pop.computeIfAbsent(strata.get(i % strata.size()).code(), k -> new ArrayList<>())
            .add("H" + String.format("%010d", i));
      }
      int warm = n >= 1_000_000 ? 2 : 10;
      for (int i = 0; i < warm; i++) {
        StratifiedDraw.draw("warm" + i, strata, pop, Set.of(), Set.of());
      }
      int runs = n >= 1_000_000 ? 3 : 10;
      long best = Long.MAX_VALUE;
      long total = 0;
      for (int i = 0; i < runs; i++) {
        long t = System.nanoTime();
        StratifiedDraw.draw("seed" + i, strata, pop, Set.of(), Set.of());
        long el = System.nanoTime() - t;
        best = Math.min(best, el);
        total += el;
      }
      System.out.printf("draw n=%,d: best %.1f ms, mean %.1f ms%n", n, best / 1e6,
          total / 1e6 / runs);
    }
  }
}
