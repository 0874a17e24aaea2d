package org.sextherapy.examples.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The display name of every therapist read, packed as UTF-8 (id, a zero byte, name, one after the
 * other) so that a directory of a million therapists needs tens of megabytes for them instead of a
 * map of strings: the report names only the few matched, looked up once the match is done.
 */
final class DisplayNames {

  private byte[] bytes = new byte[1 << 16];
  private int size;
  private int[] starts = new int[1024];
  private int count;

  /** Remembers a therapist's display name. */
  void add(String id, String name) {
    byte[] entry = (id + '\0' + name).getBytes(StandardCharsets.UTF_8);
    if (size + entry.length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(size + entry.length, bytes.length * 2));
    }
    if (count + 1 >= starts.length) {
      starts = Arrays.copyOf(starts, starts.length * 2);
    }
    System.arraycopy(entry, 0, bytes, size, entry.length);
    starts[count++] = size;
    size += entry.length;
    starts[count] = size;
  }

  /** Returns the display names of some therapists by id, in one pass over those remembered. */
  Map<String, String> of(List<String> ids) {
    Set<String> wanted = new HashSet<>(ids);
    Map<String, String> names = new HashMap<>();
    for (int e = 0; e < count && names.size() < wanted.size(); e++) {
      int from = starts[e];
      int separator = from;
      while (bytes[separator] != 0) {
        separator++;
      }
      String id = new String(bytes, from, separator - from, StandardCharsets.UTF_8);
      if (wanted.contains(id)) {
        names.put(id, new String(bytes, separator + 1, starts[e + 1] - separator - 1,
            StandardCharsets.UTF_8));
      }
    }
    return names;
  }
}
