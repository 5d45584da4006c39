package org.ybjg.local.platform;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The last lines a process printed, to show why it died without sending the reader to its log file.
 */
final class OutputTail {

  private final int capacity;
  private final Deque<String> lines = new ArrayDeque<>();

  OutputTail(int capacity) {
    this.capacity = capacity;
  }

  synchronized void add(String line) {
    if (lines.size() == capacity) {
      lines.removeFirst();
    }
    lines.addLast(line);
  }

  synchronized List<String> lines() {
    return List.copyOf(lines);
  }
}
