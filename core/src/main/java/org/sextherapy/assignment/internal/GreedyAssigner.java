package org.sextherapy.assignment.internal;

import java.util.Arrays;

/**
 * The first-come baseline a waiting list is usually worked with: clients in the order they joined
 * the list, each placed with its best-ranked candidate that still has an open place. Used to
 * measure what the optimal assignment gains; never offered as the library's answer.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class GreedyAssigner {

  private GreedyAssigner() {}

  /**
   * Places clients one at a time, in the given order.
   *
   * @param table the problem, never null
   * @param order the client indexes in the order they are served, each at most once; never null
   * @return the therapist index of each client, or -1 for an unassigned client; never null
   * @throws IllegalArgumentException if the order names a client out of range or twice
   */
  public static int[] solve(CandidateTable table, int[] order) {
    int[] assigned = new int[table.clientCount()];
    Arrays.fill(assigned, -1);
    boolean[] served = new boolean[table.clientCount()];
    int[] free = new int[table.therapistCount()];
    for (int t = 0; t < free.length; t++) {
      free[t] = table.capacity(t);
    }
    for (int c : order) {
      if (c < 0 || c >= served.length || served[c]) {
        throw new IllegalArgumentException("order must name each client at most once");
      }
      served[c] = true;
      for (int r = 0; r < table.candidateCount(c); r++) {
        int t = table.therapist(c, r);
        if (table.usable(c, r) && free[t] > 0) {
          free[t]--;
          assigned[c] = t;
          break;
        }
      }
    }
    return assigned;
  }
}
