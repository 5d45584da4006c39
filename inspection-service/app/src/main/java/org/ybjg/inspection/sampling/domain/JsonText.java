package org.ybjg.inspection.sampling.domain;

import java.util.Collection;
import java.util.Map;

/** A minimal JSON writer for the published draw record (kept framework-free so the domain owns the format). */
final class JsonText {

  private final StringBuilder b = new StringBuilder(1 << 12);
  private boolean first = true;

  JsonText open() {
    comma();
    b.append('{');
    first = true;
    return this;
  }

  JsonText close() {
    b.append('}');
    first = false;
    return this;
  }

  JsonText openArray(String name) {
    nameOnly(name);
    b.append('[');
    first = true;
    return this;
  }

  JsonText closeArray() {
    b.append(']');
    first = false;
    return this;
  }

  JsonText object(String name) {
    nameOnly(name);
    b.append('{');
    first = true;
    return this;
  }

  JsonText field(String name, String value) {
    nameOnly(name);
    string(value);
    first = false;
    return this;
  }

  JsonText field(String name, long value) {
    nameOnly(name);
    b.append(value);
    first = false;
    return this;
  }

  JsonText fieldRaw(String name, Object value) {
    nameOnly(name);
    b.append(value);
    first = false;
    return this;
  }

  JsonText strings(String name, Collection<String> values) {
    nameOnly(name);
    b.append('[');
    boolean f = true;
    for (String v : values) {
      if (!f) {
        b.append(',');
      }
      string(v);
      f = false;
    }
    b.append(']');
    first = false;
    return this;
  }

  JsonText map(String name, Map<String, String> values) {
    nameOnly(name);
    b.append('{');
    boolean f = true;
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (!f) {
        b.append(',');
      }
      string(e.getKey());
      b.append(':');
      string(e.getValue());
      f = false;
    }
    b.append('}');
    first = false;
    return this;
  }

  /** Writes {@code "name":} (with a leading comma when needed) for a value written raw next. */
  JsonText name(String name) {
    comma();
    string(name);
    b.append(':');
    first = false;
    return this;
  }

  JsonText raw(String text) {
    b.append(text);
    return this;
  }

  JsonText quoted(String text) {
    string(text);
    return this;
  }

  private void nameOnly(String name) {
    comma();
    if (name != null) {
      string(name);
      b.append(':');
    }
  }

  private void comma() {
    if (!first) {
      b.append(',');
    }
  }

  private void string(String s) {
    if (s == null) {
      b.append("null");
      return;
    }
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }

  @Override
  public String toString() {
    return b.toString();
  }
}
