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
 *       in {@linkplain #routingOrder routing order}. Each path turns its arcs' reverses residual
 *       at a reduced cost of zero, so the reduced costs stay non-negative (lemma 9.12). Each
 *       search is Tarjan's strongly connected components algorithm cut short at the sink
 *       ({@link #pathToSink}): a component it leaves with no way on has no admissible path to
 *       the sink and stays dead for the rest of the phase, since an augmentation changes only
 *       the arcs out of the nodes on its path, which all reach the sink, never an arc out of a
 *       dead node. The nodes a search met but could not prove dead (their component had an arc
 *       back to a node on the path) are skipped for the rest of the round, and may be on a path
 *       that a later unit opens; so rounds repeat, with the same potentials, until one sends no
 *       unit. Such a round met no skipped node (only a search that sends a unit leaves any,
 *       or one that met a skipped node), so every search in it proved its client dead: no
 *       admissible path is left, as the maximum flow of the admissible network that the
 *       algorithm asks for leaves none. The first round routes at least one client: until a
 *       unit is sent, every search proves dead every node it meets, so the search from the
 *       client where step 1's shortest path starts finds that path's sink. A client whose
 *       best arc has a positive reduced cost has no admissible arc but, perhaps, its bypass; as
 *       unrouted clients share one potential and are kept in routing order (best arc first),
 *       the rounds stop at the first such client unless the bypass is admissible.</li>
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
 * sink's; a phase settles it once for all the clients it routes. Why dead components: the
 * admissible network of a phase is a large plateau of clients indifferent between therapists at
 * equal prices, full of cycles; searches that only marked nodes for a round explored it again
 * in every round (at 100,000 x 20,000, 45 million node visits in 1,204 rounds), and a proof of
 * death that holds for the phase does not.
 *
 * <p>The network is never built: the searches read each client's candidates from a copy of the
 * table, each therapist's clients from one array, and keep one potential, distance and mark per
 * node. Every potential is zero or less and only ever falls (the sink's stays 0), so the arc
 * from a client to a therapist never gives a distance below the client's plus {@code h(client) +
 * cost - h'(therapist)}, with {@code h'} the therapist's potential at any earlier time, and is
 * admissible only if {@code h(client) + cost - h'(therapist) <= 0}. The copy lists each client's
 * candidates by that key, {@code cost - h'(therapist)}, put back in order every 16 phases (at
 * first by value, highest first, ties in rank order): a Dijkstra search reads a client's
 * candidates lazily, in key order, each only once the search has reached the least distance it
 * can give ({@link #scan}), and a depth-first search stops at the first whose key shows it
 * cannot be admissible, which spares most candidates of a client whose potential has fallen far
 * (on the dense 100,000 x 20,000 table, 81 million candidates read by the depth-first searches
 * instead of 530 million, and 32 million by the Dijkstra searches instead of 248 million when
 * each settled client read its candidates up to the sink's distance so far). Dijkstra's search
 * stops when the sink is settled; among nodes at the
 * same distance the sink is settled first; and an arc that would reach a node no closer than the
 * sink's distance so far is not followed, since such a node cannot be settled before the sink.
 * So a search settles exactly the nodes closer than the sink, whatever the order among equal
 * distances, and its queue is a radix heap ({@link RadixHeap}), whose cost follows the size of
 * the distances (below the bypass cost, a few hundred points for a batch) rather than the number
 * of nodes queued.
 *
 * <h2>Exactness and determinism</h2>
 *
 * <p>Costs, potentials and distances are exact {@code long} integers: an arc costs less than
 * {@code 2^34}, every potential lies between minus the bypass cost and zero (a node's potential
 * falls by at most {@code D} a phase, and the phases' {@code D} add up to at most the bypass
 * cost), and every distance a search keeps is below the bypass cost, so no sum comes near
 * {@code 2^63}. Clients are routed in a fixed order (by best value, then index), candidates
 * looked at in the order of their keys (ties kept in their previous order, at first rank order),
 * and a search's settled nodes do not depend on the order among
 * equal distances, so equal tables give equal assignments; among assignments of equal value, the
 * one this order reaches is returned.
 *
 * <p>Not thread-safe: one instance solves one table on one thread; {@link #solve} makes its own.
 */
public final class FlowAssigner {

  private static final long UNREACHED = Long.MAX_VALUE;
  /**
   * How many phases apart the candidates are put back in key order ({@link #reorder}). On the
   * dense 10,000 x 2,000 table, every 4, 16 and 64 phases read 1.2, 1.4 and 2.4 million candidates
   * in the depth-first searches, against 6.9 million never; a reorder reads every candidate.
   */
  private static final int REORDER_EVERY = 16;

  private final CandidateTable table;
  private final long loadStep;
  private final int clients;
  private final int sink;
  private final long maxValue;
  private final long bypass;
  /**
   * Every client's candidates in key order ({@link #arcKey}), from {@code table.offset(c)} to
   * {@code table.offset(c + 1)}: each one's therapist and arc cost.
   */
  private final int[] arcTherapist;
  private final long[] arcCost;
  /**
   * Each candidate's key, {@code cost - h(therapist)} with the therapist's potential when the
   * client's candidates were last put in key order ({@link #reorder}); the candidates are listed
   * by it. Potentials only fall, so the key is a lower bound of the arc's cost less its head's
   * potential now, and the searches stop reading a client's candidates at the first whose key is
   * too high.
   */
  private final long[] arcKey;
  /** Each client's cheapest arc cost: its best candidate's. */
  private final long[] bestArc;
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
  /**
   * The cost of the arc of the client in each slot of {@code held} to its therapist, beside it:
   * the searches read a therapist's clients in a row (26 million reads on the dense 100,000 x
   * 20,000 table), and the cost kept by slot is in that row, not at a random place per client.
   */
  private final long[] heldCost;

  private final long[] potential;
  private final long[] distance;
  private final boolean[] settled;
  private final int[] touched;
  private int touchedCount;
  private final int[] settledNodes;
  private int settledCount;
  /**
   * The search's queue: nodes by distance, and clients being scanned ({@link #scan}) by the least
   * distance their next candidate can give.
   */
  private final RadixHeap queue;
  /** The sink's distance so far in the current search. */
  private long bound;
  /** The next unrouted client, in routing order, that the search has not yet put in its queue. */
  private int nextSource;
  /**
   * Each client's next candidate for the search to follow, counted from its first; -1 until its
   * first scan, which follows its bypass.
   */
  private final int[] sourceNext;

  /**
   * The depth-first searches' state: the phase in which a node was proved dead, the round in
   * which it was skipped, the search that last met it, its discovery index and low link, whether
   * it is on the stack of open components, that stack, each node's current arc, and the path.
   */
  private int phase;
  private final int[] dead;
  private int round;
  private final int[] blocked;
  private int searches;
  private final int[] visit;
  private final int[] index;
  private final int[] low;
  private final boolean[] inComponent;
  private final int[] component;
  private final int[] cursor;
  private final int[] path;

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
    arcKey = new long[table.candidateTotal()];
    bestArc = new long[clients];
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
    heldCost = new long[held.length];
    int nodes = sink + 1;
    potential = new long[nodes];
    distance = new long[nodes];
    Arrays.fill(distance, UNREACHED);
    settled = new boolean[nodes];
    touched = new int[nodes];
    settledNodes = new int[nodes];
    queue = new RadixHeap(nodes + clients);
    dead = new int[nodes];
    blocked = new int[nodes];
    visit = new int[nodes];
    index = new int[nodes];
    low = new int[nodes];
    inComponent = new boolean[nodes];
    component = new int[nodes];
    cursor = new int[nodes];
    path = new int[nodes];
    sourceNext = new int[clients];
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
    for (int k = from; k < table.offset(c + 1); k++) {
      arcKey[k] = arcCost[k];
    }
    if (from < table.offset(c + 1)) {
      bestArc[c] = arcCost[from];
    }
  }

  /**
   * Puts every client's candidates in order of their keys with today's potentials: a stable
   * insertion sort, cheap because keys only grow and mostly keep their order. Between two calls
   * the keys are stale but still lower bounds, so the order is still a safe order to stop in;
   * calling it every phase would cost more than the reading it saves.
   */
  private void reorder() {
    for (int c = 0; c < clients; c++) {
      int from = table.offset(c);
      int end = table.offset(c + 1);
      for (int k = from; k < end; k++) {
        int t = arcTherapist[k];
        long arc = arcCost[k];
        long key = arc - potential[clients + t];
        int j = k;
        while (j > from && arcKey[j - 1] > key) {
          arcTherapist[j] = arcTherapist[j - 1];
          arcCost[j] = arcCost[j - 1];
          arcKey[j] = arcKey[j - 1];
          j--;
        }
        arcTherapist[j] = t;
        arcCost[j] = arc;
        arcKey[j] = key;
      }
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
    int phases = 0;
    while (count > 0) {
      if (++phases % REORDER_EVERY == 0) {
        flow.reorder();
      }
      flow.search(unrouted, count);
      int left = flow.route(unrouted, count);
      if (left == count) {
        // Every phase routes at least one client (class javadoc); one that routed none would
        // repeat forever, so a broken invariant fails here instead of hanging the caller.
        throw new IllegalStateException("a flow phase routed no client");
      }
      count = left;
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
        keys[count++] = (bestArc[c] << 30) | c;
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
   * <p>A client's arcs to its candidates are followed lazily, in key order ({@link #scan}): the
   * client waits in the queue, besides its node, as an entry keyed by the least distance its next
   * candidate can give, {@code d(client) + h(client) + key}, and the candidate is read only once
   * no node is closer. This is Dijkstra's algorithm still: a node {@code v} taken out of the queue
   * at distance {@code delta} has had every arc that could offer it less than {@code delta}
   * followed, because such an arc's least distance is at most its offer, below {@code delta}, so
   * its client's entry was taken out before {@code v}'s (the queue gives keys in order, and an
   * entry is never put back below the key being taken out). The search thereby settles the same
   * nodes at the same distances as one that reads every arc of a settled client, and the
   * potentials, paths and assignment are the same; but in the phase's zero-distance region, a
   * plateau of clients indifferent between many therapists that the search settles before it can
   * stop, a client reads only its candidates whose key allows distance 0, not every candidate
   * below the sink's distance, which is still the bypass cost until a free place is reached.
   *
   * <p>The unrouted clients all have the same potential (they start at zero and every phase
   * lowers them all by {@code D}, their distance being 0), and enter the queue one by one in
   * routing order, which is by best arc, each when the one before is first followed, keyed by
   * {@code h(source) + cost} of its best arc (at least 0, as no therapist's potential is above
   * zero). The search thereby reads only the arcs and clients that can matter before the sink is
   * settled, not every arc of every unrouted client.
   */
  private void search(int[] unrouted, int count) {
    bound = UNREACHED;
    long h = potential[unrouted[0]];
    nextSource = 0;
    pushSource(unrouted, count, h);
    // Every client's bypass reaches the sink, so the sink's distance is known before the queue
    // runs dry; the sink is settled first among equals by stopping at its distance.
    while (queue.size > 0 && queue.least() < bound) {
      long d = queue.least();
      int u = queue.poll();
      if (u > sink) {
        int c = u - sink - 1;
        if (sourceNext[c] < 0 && assigned[c] < 0) {
          pushSource(unrouted, count, h);
        }
        scan(c, d);
      } else if (!settled[u] && distance[u] == d) {
        settled[u] = true;
        settledNodes[settledCount++] = u;
        if (u < clients) {
          sourceNext[u] = -1;
          scan(u, d);
        } else {
          expandTherapist(u - clients, d);
        }
      }
    }
    long reached = bound;
    for (int i = 0; i < count; i++) {
      potential[unrouted[i]] -= reached;
    }
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
    queue.clear();
  }

  /**
   * Puts the next unrouted client in routing order in the queue, at the least distance its best
   * arc can give, unless that is no closer than the sink's distance so far (then neither is any
   * later client's).
   */
  private void pushSource(int[] unrouted, int count, long h) {
    if (nextSource < count) {
      int c = unrouted[nextSource++];
      long least = Math.max(0, h + bestArc[c]);
      if (least < bound) {
        sourceNext[c] = -1;
        queue.add(least, sink + 1 + c);
      }
    }
  }

  /**
   * Follows a client's arcs whose least distance is at most {@code least}, the queue's least key:
   * its bypass at once, then its candidates in key order up to the first whose least distance is
   * above it; then puts the client back in the queue at that candidate's least distance, if it is
   * closer than the sink's so far. An unrouted client is at distance 0 with the unrouted clients'
   * potential; a routed client (never on the bypass: those are reached only through the sink,
   * which is never expanded) at its settled distance, and it has no residual arc to its own
   * therapist.
   */
  private void scan(int c, long least) {
    int from = table.offset(c);
    int end = table.offset(c + 1);
    int own = assigned[c];
    long base = potential[c] + (own < 0 ? 0 : distance[c]);
    int k = from + sourceNext[c];
    if (k < from) {
      // First scan: the bypass at once, which also bounds the sink early.
      reach(sink, base + bypass - potential[sink]);
      k = from;
    }
    for (; k < end; k++) {
      if (base + arcKey[k] > least) {
        break;
      }
      int t = arcTherapist[k];
      long arc = base + arcCost[k];
      if (t != own && places[t] > 0) {
        int node = clients + t;
        reach(node, arc - potential[node]);
      }
    }
    sourceNext[c] = k - from;
    if (k < end && base + arcKey[k] < bound) {
      queue.add(base + arcKey[k], sink + 1 + c);
    }
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
      reach(c, base - heldCost[s] - potential[c]);
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
    } else if (d >= distance[node]) {
      return;
    }
    distance[node] = d;
    if (node != sink) {
      queue.add(d, node);
    }
  }

  /**
   * Step 2 of a phase: rounds of depth-first searches over the admissible network, one from each
   * unrouted client in turn whose best arc can be admissible, until a round routes nobody.
   * Returns how many clients are still unrouted, left at the front of the array in their order.
   */
  private int route(int[] unrouted, int count) {
    phase++;
    long h = potential[unrouted[0]];
    int reachable = count;
    if (bypass + h != potential[sink]) {
      reachable = 0;
      while (reachable < count && bestArc[unrouted[reachable]] + h <= 0) {
        reachable++;
      }
    }
    int left = reachable;
    int before;
    do {
      before = left;
      round++;
      left = 0;
      for (int i = 0; i < before; i++) {
        int c = unrouted[i];
        if (!pathToSink(c)) {
          unrouted[left++] = c;
        }
      }
    } while (left > 0 && left < before);
    System.arraycopy(unrouted, reachable, unrouted, left, count - reachable);
    return left + count - reachable;
  }

  /**
   * Looks for a path of admissible arcs from a client to the sink, and sends the client's unit
   * along it when found. The search is Tarjan's strongly connected components algorithm (<i>Depth-
   * first search and linear graph algorithms</i>, SIAM J. Comput. 1(2), 146-160, 1972, <a
   * href="https://doi.org/10.1137/0201010">doi:10.1137/0201010</a>) cut short at the sink: a
   * component left with no way on has no admissible path to the sink, and it is marked dead for
   * the rest of the phase, which is sound because an augmentation changes only the arcs out of
   * the nodes on its path, which all reach the sink, so never an arc out of a dead node. Nodes the
   * search met but did not prove dead (their component had an arc back to a node on the path, or
   * to a skipped node) are skipped for the rest of the round, but for the path's own nodes, which
   * a later search may pass again.
   */
  private boolean pathToSink(int source) {
    if (dead[source] == phase) {
      return false;
    }
    if (searches == Integer.MAX_VALUE) {
      // Start the marks of the searches afresh rather than let an old mark pass for a new one.
      Arrays.fill(visit, 0);
      searches = 0;
    }
    searches++;
    int tick = 0;
    int depth = 0;
    int open = 0;
    enter(source, tick++);
    path[depth++] = source;
    component[open++] = source;
    while (depth > 0) {
      int u = path[depth - 1];
      int v = nextAdmissible(u);
      if (v == sink) {
        augment(depth);
        for (int i = 0; i < open; i++) {
          inComponent[component[i]] = false;
          blocked[component[i]] = round;
        }
        for (int i = 0; i < depth; i++) {
          blocked[path[i]] = 0;
        }
        return true;
      } else if (v >= 0) {
        if (dead[v] == phase) {
          continue;
        }
        if (blocked[v] == round) {
          low[u] = -1;
        } else if (visit[v] != searches) {
          enter(v, tick++);
          path[depth++] = v;
          component[open++] = v;
        } else if (inComponent[v]) {
          low[u] = Math.min(low[u], index[v]);
        }
      } else {
        depth--;
        if (low[u] == index[u]) {
          int w;
          do {
            w = component[--open];
            inComponent[w] = false;
            dead[w] = phase;
          } while (w != u);
        }
        if (depth > 0) {
          int parent = path[depth - 1];
          low[parent] = Math.min(low[parent], low[u]);
        }
      }
    }
    for (int i = 0; i < open; i++) {
      inComponent[component[i]] = false;
      blocked[component[i]] = round;
    }
    return false;
  }

  /** Starts a node in the current search: its current arc at its first arc. */
  private void enter(int v, int tick) {
    visit[v] = searches;
    index[v] = tick;
    low[v] = tick;
    inComponent[v] = true;
    cursor[v] = 0;
  }

  /**
   * Moves one unit along the path found ({@code path[0]}, the source, to {@code path[depth - 1]},
   * then the sink), from its end back: each client on it leaves the therapist the arc into it
   * comes from (the source holds its unit) and goes where the arc out of it leads, a therapist or
   * the bypass. A therapist on the path is left by its next client before its previous one joins
   * it, so it never holds more clients than places.
   */
  private void augment(int depth) {
    int source = path[0];
    int next = sink;
    for (int i = depth - 1; i >= 0; i--) {
      int v = path[i];
      if (v < clients) {
        if (v != source) {
          leave(v);
        }
        if (next != sink) {
          join(v, next - clients);
        }
      }
      next = v;
    }
  }

  /**
   * Returns the head of the next zero reduced-cost residual arc out of a node, or -1 when there is
   * none left. A client's arcs are its candidates in key order ({@link #arcKey}), then the
   * bypass; a therapist's, its next place to the sink, then back to each client it holds.
   */
  private int nextAdmissible(int u) {
    long hu = potential[u];
    if (u < clients) {
      int count = table.candidateCount(u);
      int base = table.offset(u);
      int own = assigned[u];
      while (cursor[u] < count) {
        int k = base + cursor[u]++;
        if (arcKey[k] + hu > 0) {
          cursor[u] = count;
          break;
        }
        long arc = arcCost[k];
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
      int s = first[t] + cursor[u]++ - 1;
      int c = held[s];
      if (hu - heldCost[s] == potential[c]) {
        return c;
      }
    }
    return -1;
  }

  private void leave(int c) {
    int t = assigned[c];
    int last = first[t] + --load[t];
    int s = slot[c];
    held[s] = held[last];
    heldCost[s] = heldCost[last];
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
    heldCost[s] = arcCost[k];
  }

  /**
   * A radix heap (Ahuja, Mehlhorn, Orlin and Tarjan, <i>Faster algorithms for the shortest path
   * problem</i>, J. ACM 37(2), 213-223, 1990, <a
   * href="https://doi.org/10.1145/77600.77615">doi:10.1145/77600.77615</a>) of items keyed by
   * non-negative {@code long} distances, for a search whose keys never fall below the last one
   * taken out, as Dijkstra's do: bucket {@code b} holds the items whose key first differs from
   * that last key at bit {@code b - 1} (bucket 0, the items at the last key), so an item moves to
   * a lower bucket at most 64 times and each operation costs amortised {@code O(log C)}, with
   * {@code C} the largest key, instead of a binary heap's {@code O(log n)} sift. An item whose
   * distance falls is added again and its older entry dropped when taken out (the caller checks
   * it), so there is no decrease-key. The order among items of equal key is not defined; the
   * search does not depend on it.
   */
  private static final class RadixHeap {
    private final int[] head = new int[65];
    private long[] keys;
    private int[] items;
    private int[] next;
    private int free;
    private int used;
    private long last;
    int size;

    RadixHeap(int capacity) {
      keys = new long[capacity];
      items = new int[capacity];
      next = new int[capacity];
      clear();
    }

    void clear() {
      Arrays.fill(head, -1);
      free = -1;
      used = 0;
      last = 0;
      size = 0;
    }

    /** Adds an item at a key no lower than the last key taken out. */
    void add(long key, int item) {
      int e = free;
      if (e >= 0) {
        free = next[e];
      } else {
        if (used == keys.length) {
          int capacity = keys.length * 2;
          keys = Arrays.copyOf(keys, capacity);
          items = Arrays.copyOf(items, capacity);
          next = Arrays.copyOf(next, capacity);
        }
        e = used++;
      }
      keys[e] = key;
      items[e] = item;
      link(e, key);
      size++;
    }

    /** The least key; the heap must not be empty. */
    long least() {
      if (head[0] < 0) {
        int b = 1;
        while (head[b] < 0) {
          b++;
        }
        long min = Long.MAX_VALUE;
        for (int e = head[b]; e >= 0; e = next[e]) {
          min = Math.min(min, keys[e]);
        }
        last = min;
        int e = head[b];
        head[b] = -1;
        while (e >= 0) {
          int following = next[e];
          link(e, keys[e]);
          e = following;
        }
      }
      return last;
    }

    /** Takes out an item of the least key; {@link #least} must have been called just before. */
    int poll() {
      int e = head[0];
      head[0] = next[e];
      next[e] = free;
      free = e;
      size--;
      return items[e];
    }

    private void link(int e, long key) {
      int b = 64 - Long.numberOfLeadingZeros(key ^ last);
      next[e] = head[b];
      head[b] = e;
    }
  }
}
