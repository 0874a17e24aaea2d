package org.sextherapy.assignment.internal;

import java.util.Arrays;

/**
 * The connected groups of a candidate table: clients and therapists linked, directly or through
 * each other, by usable candidates (see {@link CandidateTable#usable}). Groups never compete for the
 * same place, so each is solved on its own. Only groups with at least one usable candidate are
 * listed, in order of their lowest client index; within a group clients and therapists are in index
 * order.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Groups {

  private final int[][] clients;
  private final int[][] therapists;

  private Groups(int[][] clients, int[][] therapists) {
    this.clients = clients;
    this.therapists = therapists;
  }

  static Groups of(CandidateTable table) {
    int n = table.clientCount();
    int m = table.therapistCount();
    int[] parent = new int[n + m];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    boolean[] linked = new boolean[n + m];
    for (int c = 0; c < n; c++) {
      for (int r = 0; r < table.candidateCount(c); r++) {
        if (table.usable(c, r)) {
          int t = n + table.therapist(c, r);
          linked[c] = true;
          linked[t] = true;
          union(parent, c, t);
        }
      }
    }
    // Number groups by their lowest client index (clients come first in the node numbering).
    int[] group = new int[n + m];
    Arrays.fill(group, -1);
    int[] clientCounts = new int[n];
    int count = 0;
    for (int c = 0; c < n; c++) {
      if (linked[c]) {
        int root = find(parent, c);
        if (group[root] < 0) {
          group[root] = count++;
        }
        clientCounts[group[root]]++;
      }
    }
    int[] therapistCounts = new int[count];
    for (int t = 0; t < m; t++) {
      if (linked[n + t]) {
        therapistCounts[group[find(parent, n + t)]]++;
      }
    }
    int[][] clients = new int[count][];
    int[][] therapists = new int[count][];
    for (int g = 0; g < count; g++) {
      clients[g] = new int[clientCounts[g]];
      therapists[g] = new int[therapistCounts[g]];
    }
    int[] fill = new int[count];
    for (int c = 0; c < n; c++) {
      if (linked[c]) {
        int g = group[find(parent, c)];
        clients[g][fill[g]++] = c;
      }
    }
    Arrays.fill(fill, 0);
    for (int t = 0; t < m; t++) {
      if (linked[n + t]) {
        int g = group[find(parent, n + t)];
        therapists[g][fill[g]++] = t;
      }
    }
    return new Groups(clients, therapists);
  }

  int count() {
    return clients.length;
  }

  int[] clients(int group) {
    return clients[group];
  }

  int[] therapists(int group) {
    return therapists[group];
  }

  private static int find(int[] parent, int node) {
    int root = node;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[node] != root) {
      int next = parent[node];
      parent[node] = root;
      node = next;
    }
    return root;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      // The lower node becomes the root, so roots do not depend on the order of unions.
      if (ra < rb) {
        parent[rb] = ra;
      } else {
        parent[ra] = rb;
      }
    }
  }
}
