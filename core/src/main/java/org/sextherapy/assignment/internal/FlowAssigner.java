package org.sextherapy.assignment.internal;

import java.util.Arrays;

/**
 * The optimal batch assignment as a minimum-cost flow, solved by successive shortest paths with
 * node potentials: the primal-dual algorithm of Ahuja, Magnanti and Orlin, <i>Network Flows:
 * Theory, Algorithms, and Applications</i> (Prentice Hall, 1993), section 9.7, with Dijkstra's
 * algorithm over reduced costs as Edmonds and Karp introduced it (<i>Theoretical improvements in
 * algorithmic efficiency for network flow problems</i>, J. ACM 19(2), 248-264, 1972,
 * <a href="https://doi.org/10.1145/321694.321699">doi:10.1145/321694.321699</a>).
 *
 * <h2>Network</h2>
 *
 * <p>Each client is a node with a supply of one; an arc from the client to each usable candidate
 * therapist (capacity 1, cost {@code M - value}, with {@code M} the largest value of the table);
 * from each therapist to the sink, one unit for each place it can fill (its open places, or the
 * clients naming it if fewer), the k-th (from 0) costing {@code loadStep * k}, a convex cost, so
 * the places fill in order; and an "unassigned" bypass from every client straight to the sink
 * costing {@code M + credit} (the {@linkplain CandidateTable#placementCredit placement credit}),
 * so every client's unit always has somewhere to go. Every client uses exactly one of its arcs
 * out, so the cost of a flow is the table's {@linkplain CandidateTable#objective objective} with
 * its sign turned plus a constant: a minimum-cost flow is an assignment of greatest value.
 *
 * <h2>Algorithm</h2>
 *
 * <p>The solver keeps a flow and node potentials {@code h} under which every residual arc has a
 * non-negative reduced cost {@code cost(u, v) + h(u) - h(v)}; zero potentials qualify at the
 * start, when no arc carries flow and every cost is non-negative. Clients are then routed one at a
 * time, the best placed first ({@link #routingOrder}): Dijkstra's algorithm over reduced costs finds a cheapest residual path
 * from the client to the sink (it may move clients already placed to other candidates or to the
 * bypass: a therapist gives up a client along the reverse of its arc, which takes another arc
 * out), one unit is sent along it, and each node settled before the sink, at distance {@code d}
 * below the sink's {@code D}, has its potential raised by {@code d - D}. A node not settled is at
 * distance {@code D} or more, so this adds {@code min(d, D)} less a constant to every potential,
 * which keeps every reduced cost non-negative and makes those of the path zero, so the arcs the
 * path reverses are non-negative too (Ahuja, Magnanti and Orlin, lemmas 9.11 and 9.12). When every
 * client is routed, the flow and potentials meet the reduced-cost optimality conditions (their
 * theorem 9.3): no residual cycle has a negative cost, and the assignment has the greatest value
 * over every client's candidates. The tests check it against an exhaustive search and against an
 * independent solve with JGraphT and a Bellman-Ford negative-cycle check.
 *
 * <p>The network is never built: the search reads each client's candidates from the table, each
 * therapist's clients from one array, and keeps one potential, distance and predecessor per node,
 * so a search costs the nodes it settles and the arcs it looks at, never the size of the table.
 * It stops when the sink is settled; among nodes at the same distance the sink is settled first,
 * then therapists, so a client whose best candidate has a free place is routed after looking at
 * its own candidates only; and an arc that would reach a node no closer than the sink's distance
 * so far is not followed, since such a node cannot be settled before the sink.
 *
 * <h2>Exactness and determinism</h2>
 *
 * <p>Costs, potentials and distances are exact {@code long} integers: an arc costs less than
 * {@code 2^34}, and a potential changes by at most the cost of a simple path each search, so no
 * sum comes near {@code 2^63} for any table that fits in memory. Clients are routed in a fixed
 * order (by best value, then index), candidates looked at in rank order and ties settled in a fixed node order, so equal
 * tables give equal assignments; among assignments of equal value, the one this order reaches is
 * returned.
 *
 * <p>Not thread-safe: one instance solves one table on one thread; {@link #solve} makes its own.
 */
public final class FlowAssigner {

  private static final long UNREACHED = Long.MAX_VALUE;

  private final CandidateTable table;
  private final long loadStep;
  private final int clients;
  private final int sink;
  private final long maxValue;
  private final long bypass;
  /** Places each therapist can fill: its open places, or the clients naming it if fewer. */
  private final int[] places;
  /** Each therapist's clients: slots {@code first[t] .. first[t] + load[t] - 1} of {@code held}. */
  private final int[] first;
  private final int[] held;
  private final int[] load;
  /** Each client's therapist, or -1 (on the bypass, or not yet routed). */
  private final int[] assigned;
  /** Each client's slot in {@code held}, while it is with a therapist. */
  private final int[] slot;
  /** The cost of each client's arc to its therapist, while it is with one. */
  private final long[] cost;

  private final long[] potential;
  private final long[] distance;
  private final int[] predecessor;
  private final boolean[] settled;
  private final int[] touched;
  private int touchedCount;
  private final int[] settledNodes;
  private int settledCount;
  private final Heap heap;
  /** The sink's distance so far in the current search. */
  private long bound;

  private FlowAssigner(CandidateTable table, long loadStep) {
    this.table = table;
    this.loadStep = loadStep;
    clients = table.clientCount();
    int therapists = table.therapistCount();
    sink = clients + therapists;
    long max = 0;
    int[] demand = new int[therapists];
    for (int k = 0; k < table.candidateTotal(); k++) {
      max = Math.max(max, table.valueAt(k));
      demand[table.therapistAt(k)]++;
    }
    maxValue = max;
    bypass = maxValue + table.placementCredit(loadStep);
    places = new int[therapists];
    first = new int[therapists + 1];
    for (int t = 0; t < therapists; t++) {
      places[t] = Math.min(table.capacity(t), demand[t]);
      first[t + 1] = first[t] + places[t];
    }
    held = new int[first[therapists]];
    load = new int[therapists];
    assigned = new int[clients];
    Arrays.fill(assigned, -1);
    slot = new int[clients];
    cost = new long[clients];
    int nodes = sink + 1;
    potential = new long[nodes];
    distance = new long[nodes];
    Arrays.fill(distance, UNREACHED);
    predecessor = new int[nodes];
    settled = new boolean[nodes];
    touched = new int[nodes];
    settledNodes = new int[nodes];
    heap = new Heap(nodes, distance);
  }

  /**
   * Finds an assignment of greatest value.
   *
   * @param table the problem, never null
   * @param loadStep the load-balancing cost per client already placed with the same therapist,
   *     from 0 to {@link CandidateTable#MAX_LOAD_STEP}
   * @return the therapist index of each client, or -1 for an unassigned client; never null
   * @throws IllegalArgumentException if the load step is out of range
   */
  public static int[] solve(CandidateTable table, long loadStep) {
    CandidateTable.checkLoadStep(loadStep);
    FlowAssigner flow = new FlowAssigner(table, loadStep);
    for (int c : flow.routingOrder()) {
      flow.route(c);
    }
    return flow.assigned;
  }

  /**
   * Returns the clients with candidates, best first: by the value of their best candidate, highest
   * first, then by index. Any order gives an optimal flow; in this one the clients most worth
   * placing take their places first, and a later client's search, which can only displace them
   * at a cost, ends sooner (about a fifth fewer nodes settled on the dense benchmark table).
   */
  private int[] routingOrder() {
    // Key: (MAX_VALUE - best value), at most 2^32, above the client index, below 2^30 (a table
    // of more clients than that could not be built in a Java array of placements).
    long[] keys = new long[clients];
    int count = 0;
    for (int c = 0; c < clients; c++) {
      if (table.candidateCount(c) > 0) {
        keys[count++] = ((CandidateTable.MAX_VALUE - table.valueAt(table.offset(c))) << 30) | c;
      }
    }
    Arrays.sort(keys, 0, count);
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      order[i] = (int) (keys[i] & ((1 << 30) - 1));
    }
    return order;
  }

  /** Sends a client's unit to the sink along a cheapest residual path. */
  private void route(int source) {
    bound = UNREACHED;
    reach(source, 0, -1);
    while (true) {
      int u = heap.poll();
      settled[u] = true;
      settledNodes[settledCount++] = u;
      if (u == sink) {
        break;
      }
      if (u < clients) {
        expandClient(u, distance[u]);
      } else {
        expandTherapist(u - clients, distance[u]);
      }
    }
    augment(source);
    long reached = distance[sink];
    for (int k = 0; k < settledCount; k++) {
      int v = settledNodes[k];
      potential[v] += distance[v] - reached;
    }
    for (int k = 0; k < touchedCount; k++) {
      int v = touched[k];
      distance[v] = UNREACHED;
      settled[v] = false;
    }
    touchedCount = 0;
    settledCount = 0;
    heap.clear();
  }

  /**
   * A client's residual arcs: to each usable candidate but its own therapist, and to the bypass
   * (a client on the bypass is reached only through the sink, which is never expanded).
   */
  private void expandClient(int c, long d) {
    long base = d + potential[c];
    int own = assigned[c];
    for (int k = table.offset(c), end = table.offset(c + 1); k < end; k++) {
      int t = table.therapistAt(k);
      if (t != own && places[t] > 0) {
        int node = clients + t;
        reach(node, base + (maxValue - table.valueAt(k)) - potential[node], c);
      }
    }
    reach(sink, base + bypass - potential[sink], c);
  }

  /** A therapist's residual arcs: its next place to the sink, and back to each of its clients. */
  private void expandTherapist(int t, long d) {
    int node = clients + t;
    long base = d + potential[node];
    if (load[t] < places[t]) {
      reach(sink, base + loadStep * load[t] - potential[sink], node);
    }
    for (int s = first[t], end = first[t] + load[t]; s < end; s++) {
      int c = held[s];
      reach(c, base - cost[c] - potential[c], node);
    }
  }

  private void reach(int node, long d, int from) {
    if (settled[node] || d > bound) {
      return;
    }
    if (node == sink) {
      bound = Math.min(bound, d);
    }
    if (distance[node] == UNREACHED) {
      touched[touchedCount++] = node;
      distance[node] = d;
      predecessor[node] = from;
      heap.add(node);
    } else if (d < distance[node]) {
      distance[node] = d;
      predecessor[node] = from;
      heap.decreased(node);
    }
  }

  /**
   * Moves one unit along the path from the source to the sink, from its end back: each client on
   * it leaves the therapist the arc into it comes from (the source holds its unit) and goes where
   * the arc out of it leads, a therapist or the bypass. A therapist on the path is left by its
   * next client before its previous one joins it, so it never holds more clients than places.
   */
  private void augment(int source) {
    int next = sink;
    int v = predecessor[sink];
    while (true) {
      if (v < clients) {
        if (v != source) {
          leave(v);
        }
        if (next != sink) {
          join(v, next - clients);
        }
        if (v == source) {
          return;
        }
      }
      next = v;
      v = predecessor[v];
    }
  }

  private void leave(int c) {
    int t = assigned[c];
    int last = first[t] + --load[t];
    int s = slot[c];
    held[s] = held[last];
    slot[held[s]] = s;
    assigned[c] = -1;
  }

  private void join(int c, int t) {
    int s = first[t] + load[t]++;
    held[s] = c;
    slot[c] = s;
    assigned[c] = t;
    int k = table.offset(c);
    while (table.therapistAt(k) != t) {
      k++;
    }
    cost[c] = maxValue - table.valueAt(k);
  }

  /**
   * A binary min-heap of nodes keyed by their distance; at equal distance the sink first, then
   * therapists, then clients, each by the higher index.
   */
  private static final class Heap {
    private final int[] nodes;
    private final int[] position;
    private final long[] key;
    private int size;

    Heap(int capacity, long[] key) {
      nodes = new int[capacity];
      position = new int[capacity];
      this.key = key;
    }

    void clear() {
      size = 0;
    }

    void add(int node) {
      nodes[size] = node;
      position[node] = size;
      up(size++);
    }

    void decreased(int node) {
      up(position[node]);
    }

    int poll() {
      int top = nodes[0];
      size--;
      if (size > 0) {
        nodes[0] = nodes[size];
        position[nodes[0]] = 0;
        down(0);
      }
      return top;
    }

    /** The sink has the highest index, therapists come after clients: ties go to the higher. */
    private boolean less(int a, int b) {
      long ka = key[a];
      long kb = key[b];
      return ka < kb || (ka == kb && a > b);
    }

    private void up(int i) {
      int node = nodes[i];
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        int above = nodes[parent];
        if (!less(node, above)) {
          break;
        }
        nodes[i] = above;
        position[above] = i;
        i = parent;
      }
      nodes[i] = node;
      position[node] = i;
    }

    private void down(int i) {
      int node = nodes[i];
      while (true) {
        int child = 2 * i + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && less(nodes[child + 1], nodes[child])) {
          child++;
        }
        if (!less(nodes[child], node)) {
          break;
        }
        nodes[i] = nodes[child];
        position[nodes[i]] = i;
        i = child;
      }
      nodes[i] = node;
      position[node] = i;
    }
  }
}
