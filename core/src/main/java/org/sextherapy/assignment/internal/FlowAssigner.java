package org.sextherapy.assignment.internal;

import java.util.Arrays;

/**
 * The optimal batch assignment as a minimum-cost flow, solved by the primal-dual algorithm of
 * Ahuja, Magnanti and Orlin, <i>Network Flows: Theory, Algorithms, and Applications</i> (Prentice
 * Hall, 1993), section 9.8: one shortest-path search from every client not yet routed at once,
 * then as many units as the search's zero reduced-cost arcs can carry, phase after phase, with
 * Dijkstra's algorithm over reduced costs as Edmonds and Karp introduced it (<i>Theoretical
 * improvements in algorithmic efficiency for network flow problems</i>, J. ACM 19(2), 248-264,
 * 1972, <a href="https://doi.org/10.1145/321694.321699">doi:10.1145/321694.321699</a>).
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
 * <p>The solver keeps a flow in which some clients are routed (their unit is with a therapist or
 * on the bypass) and the others still hold theirs, and node potentials {@code h} under which
 * every residual arc has a non-negative reduced cost {@code cost(u, v) + h(u) - h(v)}; zero
 * potentials qualify at the start, when no arc carries flow and every cost is non-negative. Each
 * phase then:
 *
 * <ol>
 *   <li>finds, by Dijkstra's algorithm over reduced costs from every unrouted client at once
 *       (each at distance 0), the distance {@code D} of the sink and the distance {@code d} of
 *       every node settled before it, and raises each settled node's potential by {@code d - D}.
 *       A node not settled is at distance {@code D} or more, so this adds {@code min(d, D)} less
 *       a constant to every potential: every reduced cost stays non-negative, and every arc of a
 *       shortest path to the sink gets a reduced cost of zero (Ahuja, Magnanti and Orlin, lemma
 *       9.11);</li>
 *   <li>sends units from unrouted clients to the sink along paths of zero reduced-cost residual
 *       arcs (their admissible network), in rounds: one depth-first search per unrouted client,
 *       in {@linkplain #routingOrder routing order}, a node from which a search found no way on
 *       being skipped for the rest of the round. Each path turns its arcs' reverses residual at
 *       a reduced cost of zero, so the reduced costs stay non-negative (lemma 9.12), and may
 *       open paths that a node skipped earlier in the round would have led to; so rounds repeat,
 *       with the same potentials, until one sends no unit. That round met an unchanged network,
 *       so no admissible path is left, as the maximum flow of the admissible network that the
 *       algorithm asks for leaves none. The first round routes at least one client: the searches
 *       that fail before any unit is sent only mark nodes from which no admissible path leads,
 *       so the search from the client where step 1's shortest path starts finds it.</li>
 * </ol>
 *
 * <p>When every client is routed, the flow and potentials meet the reduced-cost optimality
 * conditions (theorem 9.3): no residual cycle has a negative cost, and the assignment has the
 * greatest value over every client's candidates. The number of phases is small: each unrouted
 * client's bypass keeps a non-negative reduced cost, so the potentials of the clients routed last
 * fall by at most the bypass cost {@code M + credit} in all, and each phase with {@code D > 0}
 * lowers them by at least one (costs are integers); as no admissible path is left at the end of
 * a phase, every phase but the first has {@code D > 0}, and every phase routes at least one
 * client. The tests check
 * the solver against an exhaustive search and against an independent solve with JGraphT and a
 * Bellman-Ford negative-cycle check.
 *
 * <p>Why phases: successive shortest paths (section 9.7) search once per client, and at 100,000
 * clients each search settles the same large region of nodes whose reduced distance is below the
 * sink's; a phase settles it once for all the clients it routes.
 *
 * <p>The network is never built: the searches read each client's candidates from a copy of the
 * table listed by value, highest first (ties in rank order; a batch's table is in that order
 * already), each therapist's clients from one array, and keep one potential, distance and mark
 * per node. Every potential is zero or less (it only ever falls; the sink's stays 0), so a
 * client's arc to a therapist never gives a distance below the client's plus {@code cost +
 * h(client)}: a search stops reading a client's candidates at the first that this bound puts at
 * or beyond the sink's distance so far, and follows the unrouted clients' arcs lazily, cheapest
 * first ({@link #search}). Dijkstra's search stops when the sink is settled; among nodes at the
 * same distance the sink is settled first; and an arc that would reach a node no closer than the
 * sink's distance so far is not followed, since such a node cannot be settled before the sink.
 *
 * <h2>Exactness and determinism</h2>
 *
 * <p>Costs, potentials and distances are exact {@code long} integers: an arc costs less than
 * {@code 2^34}, every potential lies between minus the bypass cost and zero (a node's potential
 * falls by at most {@code D} a phase, and the phases' {@code D} add up to at most the bypass
 * cost), and every distance a search keeps is below the bypass cost, so no sum comes near
 * {@code 2^63}. Clients are routed in a fixed order (by best value, then index),
 * candidates looked at by value, then rank, and ties settled in a fixed node order, so equal
 * tables give equal assignments; among assignments of equal value, the one this order reaches is returned.
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
  /**
   * Every client's candidates by value, highest first (ties in rank order), from {@code
   * table.offset(c)} to {@code table.offset(c + 1)}: each one's therapist and arc cost.
   */
  private final int[] arcTherapist;
  private final long[] arcCost;
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
  private final boolean[] settled;
  private final int[] touched;
  private int touchedCount;
  private final int[] settledNodes;
  private int settledCount;
  private final Heap heap;
  /** The sink's distance so far in the current search. */
  private long bound;
  /** The unrouted clients whose arcs the current search has yet to follow, by the next one's. */
  private final Heap sources;
  /** Each unrouted client's next arc to follow: a candidate, or the bypass after the last. */
  private final int[] sourceNext;
  /** The least distance the next arc of each unrouted client can give. */
  private final long[] sourceKey;

  /** The depth-first searches' state: the round that last marked a node, and the path. */
  private final int[] mark;
  private int round;
  private final int[] predecessor;
  private final int[] cursor;
  private final int[] stack;

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
    arcTherapist = new int[table.candidateTotal()];
    arcCost = new long[table.candidateTotal()];
    for (int c = 0; c < clients; c++) {
      byValue(c);
    }
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
    settled = new boolean[nodes];
    touched = new int[nodes];
    settledNodes = new int[nodes];
    heap = new Heap(nodes, distance);
    mark = new int[nodes];
    predecessor = new int[nodes];
    cursor = new int[nodes];
    stack = new int[nodes];
    sourceNext = new int[clients];
    sourceKey = new long[clients];
    sources = new Heap(clients, sourceKey);
  }

  /**
   * Copies a client's candidates by value, highest first: a stable insertion sort, which a batch's
   * table (already in that order) passes through untouched.
   */
  private void byValue(int c) {
    int from = table.offset(c);
    for (int k = from; k < table.offset(c + 1); k++) {
      int t = table.therapistAt(k);
      long arc = maxValue - table.valueAt(k);
      int j = k;
      while (j > from && arcCost[j - 1] > arc) {
        arcTherapist[j] = arcTherapist[j - 1];
        arcCost[j] = arcCost[j - 1];
        j--;
      }
      arcTherapist[j] = t;
      arcCost[j] = arc;
    }
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
    int[] unrouted = flow.routingOrder();
    int count = unrouted.length;
    while (count > 0) {
      flow.search(unrouted, count);
      // Units sent open new admissible paths (the reverses of their arcs): look again, with
      // fresh marks and the same potentials, until a round finds none; only then search anew.
      int before;
      do {
        before = count;
        count = flow.routeAdmissible(unrouted, count);
      } while (count > 0 && count < before);
    }
    return flow.assigned;
  }

  /**
   * Returns the clients with candidates, best first: by the value of their best candidate, highest
   * first, then by index. Any order gives an optimal flow; in this one the clients most worth
   * placing take the free places first when a phase's paths compete for them, so fewer are moved
   * again later.
   */
  private int[] routingOrder() {
    // Key: the best candidate's cost (M less its value, at most 2^32) above the client index,
    // below 2^30 (a table of more clients than that could not be built in Java arrays).
    long[] keys = new long[clients];
    int count = 0;
    for (int c = 0; c < clients; c++) {
      if (table.candidateCount(c) > 0) {
        keys[count++] = (arcCost[table.offset(c)] << 30) | c;
      }
    }
    Arrays.sort(keys, 0, count);
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      order[i] = (int) (keys[i] & ((1 << 30) - 1));
    }
    return order;
  }

  /**
   * Step 1 of a phase: Dijkstra's search from every unrouted client at once, then the potentials
   * raised by {@code d - D} for every node settled before the sink.
   *
   * <p>The unrouted clients all have the same potential (they start at zero and every phase
   * settles them all at distance 0), so their arcs are followed lazily, cheapest first: each
   * waits in a second heap keyed by the least distance it can give ({@code h(source) + cost}, as
   * no therapist's potential is above zero), and is followed only once no node is closer. The
   * search thereby reads only the arcs that can matter before the sink is settled, not every
   * arc of every unrouted client.
   */
  private void search(int[] unrouted, int count) {
    bound = UNREACHED;
    long h = potential[unrouted[0]];
    for (int i = 0; i < count; i++) {
      int c = unrouted[i];
      distance[c] = 0;
      touched[touchedCount++] = c;
      settled[c] = true;
      settledNodes[settledCount++] = c;
      sourceNext[c] = 0;
      sourceKey[c] = h + arcCost[table.offset(c)];
      sources.add(c);
    }
    while (true) {
      long closest = heap.size == 0 ? UNREACHED : distance[heap.peek()];
      if (sources.size > 0) {
        int c = sources.peek();
        long least = sourceKey[c];
        if (least < closest && least < bound) {
          followNext(c, h);
          continue;
        }
      }
      // The sink is in the heap (every client's bypass reaches it), first among equals.
      int u = heap.poll();
      if (u == sink) {
        break;
      }
      settled[u] = true;
      settledNodes[settledCount++] = u;
      if (u < clients) {
        expandClient(u, distance[u]);
      } else {
        expandTherapist(u - clients, distance[u]);
      }
    }
    long reached = bound;
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
    sources.clear();
  }

  /** Follows an unrouted client's next arc (a candidate, or the bypass after the last). */
  private void followNext(int c, long h) {
    int from = table.offset(c);
    int count = table.offset(c + 1) - from;
    int next = sourceNext[c];
    if (next == count) {
      reach(sink, h + bypass - potential[sink]);
      sources.poll();
      return;
    }
    int t = arcTherapist[from + next];
    if (places[t] > 0) {
      int node = clients + t;
      reach(node, h + arcCost[from + next] - potential[node]);
    }
    sourceNext[c] = ++next;
    sourceKey[c] = h + (next == count ? bypass : arcCost[from + next]);
    sources.increased(c);
  }

  /**
   * A routed client's residual arcs: to each usable candidate but its own therapist, and to the
   * bypass (a client on the bypass is reached only through the sink, which is never expanded).
   * Candidates past the first whose least distance is beyond the sink's so far are not read.
   */
  private void expandClient(int c, long d) {
    long base = d + potential[c];
    int own = assigned[c];
    for (int k = table.offset(c), end = table.offset(c + 1); k < end; k++) {
      long arc = arcCost[k];
      if (base + arc >= bound) {
        break;
      }
      int t = arcTherapist[k];
      if (t != own && places[t] > 0) {
        int node = clients + t;
        reach(node, base + arc - potential[node]);
      }
    }
    reach(sink, base + bypass - potential[sink]);
  }

  /** A therapist's residual arcs: its next place to the sink, and back to each of its clients. */
  private void expandTherapist(int t, long d) {
    int node = clients + t;
    long base = d + potential[node];
    if (load[t] < places[t]) {
      reach(sink, base + loadStep * load[t] - potential[sink]);
    }
    for (int s = first[t], end = first[t] + load[t]; s < end; s++) {
      int c = held[s];
      reach(c, base - cost[c] - potential[c]);
    }
  }

  /**
   * Offers a node a distance. A node at the sink's distance so far or beyond is left out: it
   * cannot be settled before the sink, which is settled first among equals.
   */
  private void reach(int node, long d) {
    if (d >= bound || settled[node]) {
      return;
    }
    if (node == sink) {
      bound = d;
    }
    if (distance[node] == UNREACHED) {
      touched[touchedCount++] = node;
      distance[node] = d;
      heap.add(node);
    } else if (d < distance[node]) {
      distance[node] = d;
      heap.decreased(node);
    }
  }

  /**
   * One round of step 2 of a phase: a depth-first search over zero reduced-cost residual arcs
   * from each unrouted client in turn, and a unit sent along each path found. Returns how many
   * clients are still unrouted, left at the front of the array in their order.
   */
  private int routeAdmissible(int[] unrouted, int count) {
    round++;
    int left = 0;
    for (int i = 0; i < count; i++) {
      int c = unrouted[i];
      if (!pathToSink(c)) {
        unrouted[left++] = c;
      }
    }
    return left;
  }

  /**
   * Looks for a path of zero reduced-cost residual arcs from a client to the sink, avoiding nodes
   * marked in this round, and sends the client's unit along it when found. Nodes on the path are
   * unmarked afterwards (the flow around them has changed, so a later search may pass them
   * again); nodes from which no way on was found stay marked for the round, and the next round
   * starts afresh.
   */
  private boolean pathToSink(int source) {
    int depth = 0;
    stack[depth++] = source;
    mark[source] = round;
    cursor[source] = 0;
    while (depth > 0) {
      int u = stack[depth - 1];
      int v = nextAdmissible(u);
      if (v < 0) {
        depth--;
      } else if (v == sink) {
        predecessor[sink] = u;
        augment(source);
        for (int i = 0; i < depth; i++) {
          mark[stack[i]] = 0;
        }
        return true;
      } else if (mark[v] != round) {
        mark[v] = round;
        predecessor[v] = u;
        cursor[v] = 0;
        stack[depth++] = v;
      }
    }
    return false;
  }

  /**
   * Returns the head of the next zero reduced-cost residual arc out of a node, or -1 when there is
   * none left. A client's arcs are its candidates in rank order, then the bypass; a therapist's,
   * its next place to the sink, then back to each client it holds.
   */
  private int nextAdmissible(int u) {
    long hu = potential[u];
    if (u < clients) {
      int count = table.candidateCount(u);
      int base = table.offset(u);
      int own = assigned[u];
      while (cursor[u] < count) {
        int k = base + cursor[u]++;
        long arc = arcCost[k];
        if (arc + hu > 0) {
          cursor[u] = count;
          break;
        }
        int t = arcTherapist[k];
        int node = clients + t;
        if (t != own && places[t] > 0 && arc + hu == potential[node]) {
          return node;
        }
      }
      if (cursor[u] == count) {
        cursor[u]++;
        if (bypass + hu == potential[sink]) {
          return sink;
        }
      }
      return -1;
    }
    int t = u - clients;
    if (cursor[u] == 0) {
      cursor[u]++;
      if (load[t] < places[t] && loadStep * load[t] + hu == potential[sink]) {
        return sink;
      }
    }
    while (cursor[u] <= load[t]) {
      int c = held[first[t] + cursor[u]++ - 1];
      if (hu - cost[c] == potential[c]) {
        return c;
      }
    }
    return -1;
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
    while (arcTherapist[k] != t) {
      k++;
    }
    cost[c] = arcCost[k];
  }

  /**
   * A binary min-heap of nodes keyed by their distance; at equal distance the sink first, then
   * therapists, then clients, each by the higher index.
   */
  private static final class Heap {
    private final int[] nodes;
    private final int[] position;
    private final long[] key;
    int size;

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

    void increased(int node) {
      down(position[node]);
    }

    int peek() {
      return nodes[0];
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
