package org.sextherapy.assignment.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/**
 * The reference the flow solver is tested against: the textbook formulation, written
 * independently of {@link FlowAssigner} and as plainly as possible, solved by another library,
 * with an optimality check that trusts neither solver.
 *
 * <p><b>Solve.</b> One minimum-cost flow over the whole table at once, by JGraphT's
 * {@link CapacityScalingMinimumCostFlow} (a test dependency only) used directly, on a network
 * built as a graph. Each client supplies one unit; it
 * flows to a candidate therapist (capacity 1, cost {@code -(value + credit)}) or straight to the
 * sink (capacity 1, cost 0: left unassigned); each therapist reaches the sink by one unit arc per
 * open place, the k-th (from 0) costing {@code loadStep * k}. The sink takes one unit per client.
 * The least cost is then minus the table's {@link CandidateTable#objective}. JGraphT turns the
 * negative arcs around itself.
 *
 * <p><b>Check.</b> {@link #isOptimal} decides whether any assignment is optimal with the textbook
 * condition: a feasible flow has least cost if and only if its residual network has no cycle of
 * negative cost (Ahuja, Magnanti and Orlin, <i>Network Flows</i>, 1993, theorem 9.1, the
 * negative cycle optimality condition). The cycle is looked for with Bellman-Ford from a virtual
 * source, over exact {@code long} costs; it is quadratic, so the reference is for the tests'
 * tables of a few thousand clients at most.
 */
final class FullGraphFlow {

  private FullGraphFlow() {}

  /**
   * Solves the table as one flow and checks the result with {@link #isOptimal}.
   *
   * @param table the problem, small enough for exact costs in JGraphT
   * @param loadStep the load-balancing step
   * @return the therapist index of each client, or -1
   * @throws IllegalStateException if the table is too large for exact costs, or the flow found
   *     fails the optimality check
   */
  static int[] solve(CandidateTable table, long loadStep) {
    int n = table.clientCount();
    int m = table.therapistCount();
    int sink = n + m;
    long credit = table.placementCredit(loadStep);
    long largest = 1;
    for (int c = 0; c < n; c++) {
      for (int r = 0; r < table.candidateCount(c); r++) {
        largest = Math.max(largest, table.value(c, r) + credit);
      }
    }
    largest = Math.max(largest, loadStep * Math.max(0, n - 1));
    if ((sink + 2L) * largest * 2 >= (long) CapacityScalingMinimumCostFlow.COST_INF) {
      throw new IllegalStateException("table too large for the reference's exact costs");
    }
    Graph<Integer, DefaultWeightedEdge> graph =
        new DirectedWeightedMultigraph<>(null, DefaultWeightedEdge::new);
    for (int v = 0; v <= sink; v++) {
      graph.addVertex(v);
    }
    List<DefaultWeightedEdge> clientArcs = new ArrayList<>();
    List<int[]> clientArcEnds = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      for (int r = 0; r < table.candidateCount(c); r++) {
        int t = table.therapist(c, r);
        DefaultWeightedEdge arc = graph.addEdge(c, n + t);
        graph.setEdgeWeight(arc, -(double) (table.value(c, r) + credit));
        clientArcs.add(arc);
        clientArcEnds.add(new int[] {c, t});
      }
      graph.setEdgeWeight(graph.addEdge(c, sink), 0);
    }
    for (int t = 0; t < m; t++) {
      for (int k = 0; k < Math.min(table.capacity(t), n); k++) {
        graph.setEdgeWeight(graph.addEdge(n + t, sink), (double) (loadStep * k));
      }
    }
    MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem =
        new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph,
            v -> v == sink ? -n : v < n ? 1 : 0, arc -> 1);
    Map<DefaultWeightedEdge, Double> flow =
        new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
            .getMinimumCostFlow(problem).getFlowMap();
    int[] assigned = new int[n];
    Arrays.fill(assigned, -1);
    for (int i = 0; i < clientArcs.size(); i++) {
      if (flow.get(clientArcs.get(i)) > 0.5) {
        assigned[clientArcEnds.get(i)[0]] = clientArcEnds.get(i)[1];
      }
    }
    if (!isOptimal(table, loadStep, assigned)) {
      throw new IllegalStateException("JGraphT's flow fails the optimality check");
    }
    return assigned;
  }

  /**
   * Tells whether an assignment has the greatest {@linkplain CandidateTable#objective objective}:
   * whether the residual network of its flow (in the formulation of the class doc, with each
   * therapist's cheapest places used first) has no negative cycle.
   *
   * @param table the problem
   * @param loadStep the load-balancing step
   * @param assigned the therapist index of each client, or -1; it must fit the table
   * @return whether no assignment has a greater objective
   * @throws IllegalArgumentException if the assignment does not fit the table
   */
  static boolean isOptimal(CandidateTable table, long loadStep, int[] assigned) {
    table.objective(assigned, loadStep); // fails on an assignment that does not fit
    int n = table.clientCount();
    int m = table.therapistCount();
    int sink = n + m;
    long credit = table.placementCredit(loadStep);
    int[] load = new int[m];
    for (int t : assigned) {
      if (t >= 0) {
        load[t]++;
      }
    }
    // Residual arcs as (from, to, cost).
    List<long[]> arcs = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      for (int r = 0; r < table.candidateCount(c); r++) {
        int t = table.therapist(c, r);
        long cost = -(table.value(c, r) + credit);
        if (assigned[c] == t) {
          arcs.add(new long[] {n + t, c, -cost});
        } else {
          arcs.add(new long[] {c, n + t, cost});
        }
      }
      if (assigned[c] < 0) {
        arcs.add(new long[] {sink, c, 0});
      } else {
        arcs.add(new long[] {c, sink, 0});
      }
    }
    for (int t = 0; t < m; t++) {
      for (int k = 0; k < Math.min(table.capacity(t), n); k++) {
        long cost = loadStep * k;
        if (k < load[t]) {
          arcs.add(new long[] {sink, n + t, -cost});
        } else {
          arcs.add(new long[] {n + t, sink, cost});
        }
      }
    }
    // Bellman-Ford from a virtual source joined to every node at cost 0: some distance still
    // falls after as many passes as there are nodes only if a negative cycle exists.
    long[] distance = new long[sink + 1];
    for (int pass = 0; pass <= sink + 1; pass++) {
      boolean changed = false;
      for (long[] arc : arcs) {
        int from = (int) arc[0];
        int to = (int) arc[1];
        if (distance[from] + arc[2] < distance[to]) {
          distance[to] = distance[from] + arc[2];
          changed = true;
        }
      }
      if (!changed) {
        return true;
      }
    }
    return false;
  }
}
