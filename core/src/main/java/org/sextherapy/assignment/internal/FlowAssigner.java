package org.sextherapy.assignment.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.jspecify.annotations.Nullable;

/**
 * The optimal batch assignment as a minimum-cost flow, solved by JGraphT's capacity-scaling
 * successive-shortest-path algorithm ({@link CapacityScalingMinimumCostFlow}).
 *
 * <h2>Network</h2>
 *
 * <p>Per connected group of clients and therapists: each client is a node with a supply of one; an
 * arc from the client to each candidate therapist (capacity 1); from each therapist to a sink,
 * parallel unit arcs for its 1st, 2nd, ... client, the k-th costing {@code loadStep * (k - 1)} (a
 * convex cost, so the flow fills them in order), or one arc with the therapist's open places when
 * there is no load cost; and an "unassigned" bypass arc from every client straight to the sink, so
 * supply and demand always balance and the problem is always feasible. The sink demands one unit
 * per client. The flow's cost is the table's {@linkplain CandidateTable#objective objective} with
 * its sign turned and a constant added, so a minimum-cost flow is an assignment of greatest value.
 *
 * <h2>JGraphT's documented limits</h2>
 *
 * <p>Capacities, supplies and demands are {@code int} (one per client; open places, bounded by the
 * clients who could use them); the total supply is exactly zero; there are no self-loops and no
 * infinite capacities (JGraphT refuses an infinite-capacity arc with a negative cost). Arc costs are
 * whole numbers: a client-to-therapist arc costs {@code M - value}, the bypass {@code M + credit},
 * with {@code M} the group's largest value and {@code credit} the {@linkplain
 * CandidateTable#placementCredit placement credit} (every client uses exactly one of its out-arcs,
 * so shifting them all by {@code M + credit} does not change the optimum), so the first round's
 * costs are non-negative and at most the bypass. Costs are {@code
 * double} in JGraphT, but every cost, potential and total here is an integer far below 2<sup>53</sup>,
 * so arithmetic is exact.
 *
 * <p>JGraphT makes every problem feasible by joining each node to an internal node by arcs costing
 * {@link CapacityScalingMinimumCostFlow#COST_INF} each way, and reports "no feasible solution" if
 * flow is left on them. A cycle through that node costs at least {@code 2 * COST_INF} minus the cost
 * of a simple path in the rest of the residual network, which is at least {@code -(nodes * C)} for
 * the largest arc cost magnitude {@code C}. While {@code nodes * C} stays below {@link #COST_LIMIT}
 * no optimal flow uses those arcs, and the result is exactly optimal. A larger group (hundreds of
 * thousands of nodes with large values) is solved with its costs divided down to fit and reported as
 * not proven optimal.
 *
 * <h2>Sparsify, certify, warm start</h2>
 *
 * <p>JGraphT's successive shortest paths slow down sharply when many clients compete for the same
 * therapists: each client's search wanders through the candidates of the clients it could displace.
 * So a group is first solved over a sparse subset of its candidates: each client's {@link
 * #CLIENT_CANDIDATES} best, each therapist's {@link #PLACE_CANDIDATES} best clients per open
 * place, and the placements of a greedy pass (best value first), a warm start that lets the first
 * round reach at least the greedy value. The optimal flow of that subset comes with node potentials (shortest distances to the sink
 * in its residual network, computed with JGraphT's Dijkstra over reduced costs); a left-out
 * candidate whose reduced cost under those potentials is non-negative cannot improve the flow
 * (linear-programming duality). If every left-out candidate passes, the subset's optimum is the
 * group's optimum; otherwise the failing candidates are added and the subset solved again, after
 * {@code MAX_ROUNDS - 1} rounds with every candidate, which needs no certificate.
 *
 * <p>A later round starts warm: every arc {@code u -> v} is shifted by {@code p(v) - p(u)} for the
 * previous round's potentials {@code p}, which changes the cost of every flow by one constant and so
 * keeps the optimum, while most shifted costs along the previous optimum are zero and JGraphT's
 * searches end almost at once. Shifted costs may be negative on finite arcs, which JGraphT allows;
 * a client whose new candidate would be negative has its potential lowered so that it starts
 * afresh, and the shift is dropped if it would break the cost bound above.
 *
 * <h2>Determinism</h2>
 *
 * <p>Groups are solved in order of their lowest client index; within a group nodes are added as
 * clients (by index), therapists (by index), sink, and arcs per client in rank order then the
 * bypass. JGraphT iterates in insertion order and its algorithm is deterministic, so equal tables
 * give equal assignments; among assignments of equal value, the one the solver reaches in that
 * order is returned.
 *
 * <p>This class is stateless and thread-safe. (JGraphT's solver resets and increments a static
 * counter that only numbers nodes for its debug output; concurrent solves race on it harmlessly.)
 */
public final class FlowAssigner {

  /**
   * The bound on {@code nodes * largest arc cost} under which a group is solved exactly: half of
   * {@code 2 * COST_INF}, for a margin.
   */
  public static final long COST_LIMIT = (long) CapacityScalingMinimumCostFlow.COST_INF;

  /** How many of its best candidates each client keeps in the first, sparse round. */
  public static final int CLIENT_CANDIDATES = 2;

  /** How many of its best clients per open place each therapist keeps in the first round. */
  public static final int PLACE_CANDIDATES = 2;

  /** After this many rounds every candidate is added, which needs no certificate. */
  private static final int MAX_ROUNDS = 10;

  private FlowAssigner() {}

  /**
   * Finds an assignment of greatest value.
   *
   * @param table the problem, never null
   * @param loadStep the load-balancing cost per client already placed with the same therapist,
   *     from 0 to {@link CandidateTable#MAX_LOAD_STEP}
   * @return the assignment, never null
   * @throws IllegalArgumentException if the load step is out of range
   */
  public static Solution solve(CandidateTable table, long loadStep) {
    return solve(table, loadStep, COST_LIMIT, true);
  }

  /**
   * Finds an assignment of greatest value, with a given exactness bound and with or without the
   * sparse first round (tests use both to exercise every path).
   *
   * @param table the problem, never null
   * @param loadStep the load-balancing cost per client already placed with the same therapist
   * @param costLimit the bound on {@code nodes * largest arc cost} for an exact solve, positive,
   *     at most {@link #COST_LIMIT}
   * @param sparse whether to start from a sparse subset of the candidates
   * @return the assignment, never null
   * @throws IllegalArgumentException if the load step or cost limit is out of range
   */
  static Solution solve(CandidateTable table, long loadStep, long costLimit, boolean sparse) {
    CandidateTable.checkLoadStep(loadStep);
    if (costLimit <= 0 || costLimit > COST_LIMIT) {
      throw new IllegalArgumentException("costLimit must be positive and at most " + COST_LIMIT);
    }
    int[] assigned = new int[table.clientCount()];
    Arrays.fill(assigned, -1);
    Groups groups = Groups.of(table);
    boolean optimal = true;
    int rounds = 0;
    for (int g = 0; g < groups.count(); g++) {
      Group group = new Group(table, loadStep, costLimit, groups.clients(g), groups.therapists(g));
      rounds = Math.max(rounds, group.solve(sparse, assigned));
      optimal &= group.divisor == 1;
    }
    return new Solution(assigned, optimal, rounds);
  }

  /** One connected group, numbered locally: clients, then therapists, then the sink. */
  private static final class Group {
    private final long loadStep;
    private final int[] clients;
    private final int[] therapists;
    /** Usable candidates of each local client in rank order, as local therapist indexes. */
    private final int[][] candidates;
    /** Value of each of those candidates. */
    private final long[][] values;
    /** Places each local therapist can usefully fill. */
    private final int[] places;
    private final long maxValue;
    /** The cost of leaving a client unassigned: the largest value plus the placement credit. */
    private final long bypass;
    private final long divisor;
    private final long costLimit;
    private final int sink;

    Group(CandidateTable table, long loadStep, long costLimit, int[] clients, int[] therapists) {
      this.loadStep = loadStep;
      this.costLimit = costLimit;
      this.clients = clients;
      this.therapists = therapists;
      int[] local = new int[table.therapistCount()];
      for (int i = 0; i < therapists.length; i++) {
        local[therapists[i]] = i;
      }
      candidates = new int[clients.length][];
      values = new long[clients.length][];
      int[] degree = new int[therapists.length];
      long max = 0;
      for (int i = 0; i < clients.length; i++) {
        int c = clients[i];
        int count = 0;
        for (int r = 0; r < table.candidateCount(c); r++) {
          if (table.usable(c, r)) {
            count++;
          }
        }
        candidates[i] = new int[count];
        values[i] = new long[count];
        int j = 0;
        for (int r = 0; r < table.candidateCount(c); r++) {
          if (table.usable(c, r)) {
            int t = local[table.therapist(c, r)];
            candidates[i][j] = t;
            values[i][j] = table.value(c, r);
            degree[t]++;
            max = Math.max(max, values[i][j]);
            j++;
          }
        }
      }
      maxValue = max;
      bypass = maxValue + table.placementCredit(loadStep);
      // No more places than open, or than the clients who could take them.
      places = new int[therapists.length];
      for (int i = 0; i < therapists.length; i++) {
        places[i] = Math.min(table.capacity(therapists[i]), degree[i]);
      }
      sink = clients.length + therapists.length;
      long nodes = sink + 1L;
      // The largest cost is the bypass: a load cost is at most the placement credit.
      divisor = bypass > 0 && nodes * bypass >= costLimit ? nodes * bypass / costLimit + 1 : 1;
    }

    /**
     * Tells whether arc costs shifted by these potentials stay within JGraphT's cost limit: a
     * shifted cost is at most the largest cost plus the spread of the potentials.
     */
    boolean shiftFits(long[] shift) {
      long min = 0;
      long max = 0;
      for (long p : shift) {
        min = Math.min(min, p);
        max = Math.max(max, p);
      }
      long largest = scaled(bypass) + (max - min);
      return largest < costLimit / (sink + 1L);
    }

    /** The cost of a client's candidate arc: the largest value less its value, scaled. */
    long clientCost(int client, int candidate) {
      return scaled(maxValue - values[client][candidate]);
    }

    /** A cost divided down when the group is too large for exact costs (see the class doc). */
    long scaled(long cost) {
      return divisor == 1 ? cost : Math.round((double) cost / divisor);
    }

    /** Solves the group into {@code assigned}; returns the number of rounds it took. */
    int solve(boolean sparse, int[] assigned) {
      boolean[][] active = sparse ? sparseStart() : allActive();
      long @Nullable [] shift = null;
      for (int round = 1; ; round++) {
        Round result = new Round(this, active, shift);
        shift = result.potentials();
        boolean[][] failing = round < MAX_ROUNDS && !allOn(active)
            ? result.failingCandidates(active) : null;
        if (failing == null) {
          result.readAssignment(assigned);
          return round;
        }
        for (int i = 0; i < clients.length; i++) {
          for (int j = 0; j < active[i].length; j++) {
            active[i][j] |= failing[i][j];
          }
        }
        if (round + 1 == MAX_ROUNDS) {
          active = allActive();
        }
      }
    }

    private boolean[][] allActive() {
      boolean[][] active = new boolean[clients.length][];
      for (int i = 0; i < clients.length; i++) {
        active[i] = new boolean[candidates[i].length];
        Arrays.fill(active[i], true);
      }
      return active;
    }

    private static boolean allOn(boolean[][] active) {
      for (boolean[] row : active) {
        for (boolean on : row) {
          if (!on) {
            return false;
          }
        }
      }
      return true;
    }

    /** Each client's best candidates, and each therapist's best clients per open place. */
    private boolean[][] sparseStart() {
      boolean[][] active = new boolean[clients.length][];
      int[] count = new int[therapists.length];
      for (int i = 0; i < clients.length; i++) {
        active[i] = new boolean[candidates[i].length];
        for (int j = 0; j < Math.min(CLIENT_CANDIDATES, active[i].length); j++) {
          active[i][j] = true;
        }
        for (int t : candidates[i]) {
          count[t]++;
        }
      }
      // For each therapist, its candidates sorted by value (best first), then by client: the key
      // holds (MAX_VALUE - value), at most 2^33, above the entry's index among the therapist's
      // candidates, below 2^30.
      int[][] entryClient = new int[therapists.length][];
      int[][] entryCandidate = new int[therapists.length][];
      long[][] keys = new long[therapists.length][];
      for (int t = 0; t < therapists.length; t++) {
        entryClient[t] = new int[count[t]];
        entryCandidate[t] = new int[count[t]];
        keys[t] = new long[count[t]];
      }
      Arrays.fill(count, 0);
      for (int i = 0; i < clients.length; i++) {
        for (int j = 0; j < candidates[i].length; j++) {
          int t = candidates[i][j];
          int entry = count[t]++;
          entryClient[t][entry] = i;
          entryCandidate[t][entry] = j;
          keys[t][entry] = ((CandidateTable.MAX_VALUE - values[i][j]) << 30) | entry;
        }
      }
      for (int t = 0; t < therapists.length; t++) {
        Arrays.sort(keys[t]);
        long keep = Math.min(keys[t].length, (long) PLACE_CANDIDATES * places[t]);
        for (int k = 0; k < keep; k++) {
          int entry = (int) (keys[t][k] & ((1 << 30) - 1));
          active[entryClient[t][entry]][entryCandidate[t][entry]] = true;
        }
      }
      seedWithGreedy(active);
      return active;
    }

    /**
     * Warm start from the greedy solution: adds the candidates a greedy pass takes, best value
     * first (each client's best candidate whose therapist still has a place), so that the first
     * round can reach at least the greedy value and its optimum lies close to the final one. Which
     * candidates start active never changes the result, only how many rounds it takes: the
     * certificate of {@link Round#failingCandidates} still proves the final round optimal over
     * every candidate.
     */
    private void seedWithGreedy(boolean[][] active) {
      int total = 0;
      for (int[] row : candidates) {
        total += row.length;
      }
      // Key: (MAX_VALUE - value), at most 2^32, above the candidate's running index, below 2^30
      // for any table the builder accepts.
      long[] keys = new long[total];
      int[] clientOf = new int[total];
      int[] candidateOf = new int[total];
      int e = 0;
      for (int i = 0; i < clients.length; i++) {
        for (int j = 0; j < candidates[i].length; j++) {
          keys[e] = ((CandidateTable.MAX_VALUE - values[i][j]) << 30) | e;
          clientOf[e] = i;
          candidateOf[e] = j;
          e++;
        }
      }
      Arrays.sort(keys);
      int[] free = places.clone();
      boolean[] placed = new boolean[clients.length];
      for (long key : keys) {
        int entry = (int) (key & ((1 << 30) - 1));
        int i = clientOf[entry];
        int t = candidates[i][candidateOf[entry]];
        if (!placed[i] && free[t] > 0) {
          placed[i] = true;
          free[t]--;
          active[i][candidateOf[entry]] = true;
        }
      }
    }
  }

  /** One solve of a group over its active candidates. */
  private static final class Round {
    private final Group group;
    private final List<Arc> candidateArcs = new ArrayList<>();
    private final Map<Arc, Double> flow;
    private final Graph<Integer, Arc> graph;
    private final double[] potential;
    private boolean potentialsValid = true;

    private final long @Nullable [] shift;

    Round(Group group, boolean[][] active, long @Nullable [] shift) {
      this.group = group;
      long[] clipped = shift == null ? null : clip(group, active, shift);
      this.shift = clipped != null && group.shiftFits(clipped) ? clipped : null;
      int[] clients = group.clients;
      graph = new DirectedWeightedMultigraph<>(null, null);
      for (int v = 0; v <= group.sink; v++) {
        graph.addVertex(v);
      }
      int[] supply = new int[group.sink + 1];
      for (int i = 0; i < clients.length; i++) {
        supply[i] = 1;
        for (int j = 0; j < group.candidates[i].length; j++) {
          if (active[i][j]) {
            Arc arc = new Arc(1, i, j, group.candidates[i][j], 0);
            add(clients.length + group.candidates[i][j], arc, clientCost(i, j));
            candidateArcs.add(arc);
          }
        }
        add(group.sink, new Arc(1, i, -1, -1, 0), bypassCost());
      }
      supply[group.sink] = -clients.length;
      for (int t = 0; t < group.therapists.length; t++) {
        if (group.places[t] == 0) {
          continue;
        }
        if (group.loadStep == 0) {
          add(group.sink, new Arc(group.places[t], -1, -1, t, 0), 0);
        } else {
          for (int k = 0; k < group.places[t]; k++) {
            add(group.sink, new Arc(1, -1, -1, t, k), loadCost(k));
          }
        }
      }
      MinimumCostFlowProblem<Integer, Arc> problem =
          new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph, v -> supply[v],
              arc -> arc.capacity);
      CapacityScalingMinimumCostFlow<Integer, Arc> solver = new CapacityScalingMinimumCostFlow<>();
      flow = solver.getMinimumCostFlow(problem).getFlowMap();
      potential = new double[group.sink + 1];
      for (Map.Entry<Integer, Double> e : solver.getDualSolution().entrySet()) {
        potential[e.getKey()] = e.getValue() + (this.shift == null ? 0 : this.shift[e.getKey()]);
      }
    }

    private void add(int target, Arc arc, long cost) {
      int source = arc.client >= 0 ? arc.client : group.clients.length + arc.therapist;
      graph.addEdge(source, target, arc);
      long[] by = shift;
      graph.setEdgeWeight(arc, weight(by == null ? cost : cost + by[target] - by[source]));
    }

    /**
     * Returns the previous round's potentials, with each client's lowered just enough that none of
     * its arcs has a negative cost once shifted.
     *
     * <p>Shifting every arc {@code u -> v} by {@code p(v) - p(u)} changes the cost of every flow by
     * the same constant, so the optimum is unchanged; with the previous optimum's potentials most
     * shifted costs are zero along that optimum, and JGraphT's searches end almost at once. A
     * candidate added since has a negative shifted cost, which JGraphT would pre-fill with flow; so
     * the clients with such candidates start afresh instead.
     */
    private static long[] clip(Group group, boolean[][] active, long[] shift) {
      long[] result = shift.clone();
      for (int i = 0; i < group.clients.length; i++) {
        long min = group.scaled(group.bypass) + shift[group.sink] - shift[i];
        for (int j = 0; j < active[i].length; j++) {
          if (active[i][j]) {
            int t = group.clients.length + group.candidates[i][j];
            min = Math.min(min, group.clientCost(i, j) + shift[t] - shift[i]);
          }
        }
        if (min < 0) {
          result[i] += min;
        }
      }
      return result;
    }

    /** The potentials of this round's optimal flow, as exact integers. */
    long[] potentials() {
      long[] result = new long[potential.length];
      for (int v = 0; v < result.length; v++) {
        result[v] = Math.round(potential[v]);
      }
      return result;
    }

    private long clientCost(int client, int candidate) {
      return group.clientCost(client, candidate);
    }

    private long bypassCost() {
      return group.scaled(group.bypass);
    }

    private long loadCost(int place) {
      return group.scaled(group.loadStep * place);
    }

    private double flowOn(Arc arc) {
      Double f = flow.get(arc);
      return f == null ? 0 : f;
    }

    void readAssignment(int[] assigned) {
      for (Arc arc : candidateArcs) {
        if (flowOn(arc) > 0.5) {
          assigned[group.clients[arc.client]] = group.therapists[arc.therapist];
        }
      }
    }

    /**
     * Returns the left-out candidates that could improve this round's flow, or null when none
     * can, so the flow is optimal over all candidates.
     *
     * <p>Potentials: for the sink and each therapist, its shortest distance to the sink in the
     * residual network (found by Dijkstra from the sink over reversed residual arcs, with JGraphT's
     * own potentials making every reduced cost non-negative); for an assigned client, the cost of
     * its arc plus its therapist's potential; for an unassigned client, the bypass cost. Every
     * residual arc has a non-negative reduced cost under these potentials, so a left-out candidate
     * with a non-negative reduced cost closes no negative cycle.
     */
    boolean @Nullable [][] failingCandidates(boolean[][] active) {
      int clients = group.clients.length;
      Graph<Integer, DefaultWeightedEdge> reversed =
          new DirectedWeightedMultigraph<>(null, DefaultWeightedEdge::new);
      for (int v = clients; v <= group.sink; v++) {
        reversed.addVertex(v);
      }
      int[] assignedTo = new int[clients];
      Arrays.fill(assignedTo, -1);
      for (Arc arc : candidateArcs) {
        if (flowOn(arc) > 0.5) {
          assignedTo[arc.client] = arc.therapist;
        }
      }
      // Residual paths from a therapist to the sink run through clients: a therapist gives up a
      // client (reverse arc, minus its cost), which takes another candidate or the bypass. Those
      // two-arc hops are contracted into therapist-to-therapist and therapist-to-sink arcs.
      for (Arc arc : graph.edgeSet()) {
        double f = flowOn(arc);
        if (arc.client < 0) {
          int t = clients + arc.therapist;
          long cost = loadCost(arc.place);
          if (f < arc.capacity) {
            reversedArc(reversed, t, group.sink, cost);
          }
          if (f > 0) {
            reversedArc(reversed, group.sink, t, -cost);
          }
        }
      }
      for (Arc arc : candidateArcs) {
        if (flowOn(arc) > 0.5) {
          continue;
        }
        int from = assignedTo[arc.client];
        if (from >= 0) {
          // Client leaves its therapist for this candidate.
          reversedArc(reversed, clients + from, clients + arc.therapist,
              clientCost(arc.client, arc.candidate) - assignedCost(arc.client, from));
        } else {
          // Unassigned client (on the bypass) takes this candidate: sink back to the therapist.
          reversedArc(reversed, group.sink, clients + arc.therapist,
              clientCost(arc.client, arc.candidate) - bypassCost());
        }
      }
      for (int i = 0; i < clients; i++) {
        if (assignedTo[i] >= 0) {
          // Client leaves its therapist for the bypass.
          reversedArc(reversed, clients + assignedTo[i], group.sink,
              bypassCost() - assignedCost(i, assignedTo[i]));
        }
      }
      if (!potentialsValid) {
        // JGraphT's potentials do not certify its flow; trust nothing and add every candidate.
        boolean[][] all = new boolean[clients][];
        for (int i = 0; i < clients; i++) {
          all[i] = new boolean[active[i].length];
          Arrays.fill(all[i], true);
        }
        return all;
      }
      SingleSourcePaths<Integer, DefaultWeightedEdge> paths =
          new DijkstraShortestPath<>(reversed).getPaths(group.sink);
      double[] distance = new double[group.sink + 1];
      for (int v = clients; v <= group.sink; v++) {
        double reduced = paths.getWeight(v);
        distance[v] = reduced - potential[group.sink] + potential[v];
      }
      boolean[][] failing = null;
      for (int i = 0; i < clients; i++) {
        double own = assignedTo[i] >= 0
            ? assignedCost(i, assignedTo[i]) + distance[clients + assignedTo[i]]
            : bypassCost();
        for (int j = 0; j < active[i].length; j++) {
          if (!active[i][j]
              && clientCost(i, j) + distance[clients + group.candidates[i][j]] - own < -0.5) {
            if (failing == null) {
              failing = new boolean[clients][];
              for (int k = 0; k < clients; k++) {
                failing[k] = new boolean[active[k].length];
              }
            }
            failing[i][j] = true;
          }
        }
      }
      return failing;
    }

    private long assignedCost(int client, int therapist) {
      for (int j = 0; j < group.candidates[client].length; j++) {
        if (group.candidates[client][j] == therapist) {
          return clientCost(client, j);
        }
      }
      throw new IllegalStateException("assigned therapist is not a candidate");
    }

    /**
     * Adds the residual arc {@code from -> to} of real cost {@code cost}, reversed and weighted by
     * its reduced cost under JGraphT's potentials (non-negative at an optimum).
     */
    /**
     * A cost as JGraphT's edge weight: exact, since every cost of a group is bounded by
     * {@link #COST_LIMIT}, far below 2^53.
     */
    private static double weight(long cost) {
      return (double) cost;
    }

    private void reversedArc(Graph<Integer, DefaultWeightedEdge> reversed, int from, int to,
        long cost) {
      double reduced = weight(cost) + potential[to] - potential[from];
      if (reduced < -0.5) {
        potentialsValid = false;
      }
      DefaultWeightedEdge edge = reversed.addEdge(to, from);
      reversed.setEdgeWeight(edge, Math.max(0, reduced));
    }
  }

  /** An arc of the flow network, with its capacity and what it stands for. */
  static final class Arc extends DefaultWeightedEdge {
    private static final long serialVersionUID = 1L;

    final int capacity;
    /** Local client index, or -1 for a therapist-to-sink arc. */
    final int client;
    /** Index among the client's usable candidates, or -1 for the bypass. */
    final int candidate;
    /** Local therapist index, or -1 for the bypass. */
    final int therapist;
    /** For a therapist-to-sink unit arc, the number of clients placed before it. */
    final int place;

    Arc(int capacity, int client, int candidate, int therapist, int place) {
      this.capacity = capacity;
      this.client = client;
      this.candidate = candidate;
      this.therapist = therapist;
      this.place = place;
    }
  }

  /** An assignment found by the solver. */
  public static final class Solution {
    private final int[] assigned;
    private final boolean optimal;
    private final int rounds;

    Solution(int[] assigned, boolean optimal, int rounds) {
      this.assigned = assigned;
      this.optimal = optimal;
      this.rounds = rounds;
    }

    /**
     * Returns the therapist index of each client, or -1 for an unassigned client.
     *
     * @return a fresh array, never null
     */
    public int[] assigned() {
      return assigned.clone();
    }

    /**
     * Tells whether the assignment is proven to have the greatest value: false only when a group
     * was too large for exact costs and was solved with costs divided down.
     *
     * @return whether it is optimal
     */
    public boolean optimal() {
      return optimal;
    }

    /**
     * Returns the most solver rounds any group needed (1 when the sparse start was already
     * optimal).
     *
     * @return one or more, or zero when there was nothing to solve
     */
    public int rounds() {
      return rounds;
    }
  }
}
