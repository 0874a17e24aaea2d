package org.sextherapy.assignment.internal;

import java.util.Arrays;

/**
 * A batch-assignment problem in primitive form, as the solvers see it: therapists {@code 0..m-1}
 * with their open places, clients {@code 0..n-1}, and for each client its candidate therapists (the
 * therapists it may be placed with) in rank order, each with the integer value of that placement
 * (the match score plus the client's waiting bonus).
 *
 * <p>Clients and therapists are numbered in the canonical order chosen by the caller (by id), so a
 * table built from the same requests and therapists is the same whatever the order of the input
 * lists. Values are bounded by {@link #MAX_VALUE} so that no sum the solvers form can overflow.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CandidateTable {

  /** The largest placement value: 2<sup>32</sup> points. */
  public static final long MAX_VALUE = 1L << 32;

  /** The largest load-balancing step: one million points per client already placed. */
  public static final long MAX_LOAD_STEP = 1_000_000L;

  private final int[] capacities;
  private final int[] offsets;
  private final int[] therapists;
  private final long[] values;

  private CandidateTable(int[] capacities, int[] offsets, int[] therapists, long[] values) {
    this.capacities = capacities;
    this.offsets = offsets;
    this.therapists = therapists;
    this.values = values;
  }

  /**
   * Starts a table over therapists with the given open places.
   *
   * @param capacities the open places of each therapist, by therapist index, each zero or more;
   *     never null; copied
   * @return a builder, never null
   * @throws IllegalArgumentException if a capacity is negative
   */
  public static Builder builder(int[] capacities) {
    return new Builder(capacities);
  }

  /**
   * Returns the number of clients.
   *
   * @return zero or more
   */
  public int clientCount() {
    return offsets.length - 1;
  }

  /**
   * Returns the number of therapists.
   *
   * @return zero or more
   */
  public int therapistCount() {
    return capacities.length;
  }

  /**
   * Returns a therapist's open places.
   *
   * @param therapist the therapist index
   * @return zero or more
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public int capacity(int therapist) {
    return capacities[therapist];
  }

  /**
   * Returns how many candidates a client has.
   *
   * @param client the client index
   * @return zero or more
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public int candidateCount(int client) {
    return offsets[client + 1] - offsets[client];
  }

  /**
   * Returns a client's candidate therapist at a rank.
   *
   * @param client the client index
   * @param rank the rank, from 0 (best)
   * @return the therapist index
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public int therapist(int client, int rank) {
    return therapists[slot(client, rank)];
  }

  /**
   * Returns the value of placing a client with its candidate at a rank.
   *
   * @param client the client index
   * @param rank the rank, from 0 (best)
   * @return the value, from 0 to {@link #MAX_VALUE}
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public long value(int client, int rank) {
    return values[slot(client, rank)];
  }

  /**
   * Returns the rank of a therapist among a client's candidates.
   *
   * @param client the client index
   * @param therapist the therapist index
   * @return the rank, or -1 when the therapist is not a candidate of the client
   * @throws IndexOutOfBoundsException if the client index is out of range
   */
  public int rankOf(int client, int therapist) {
    for (int i = offsets[client]; i < offsets[client + 1]; i++) {
      if (therapists[i] == therapist) {
        return i - offsets[client];
      }
    }
    return -1;
  }

  /**
   * Tells whether a candidate can ever be placed: its therapist has an open place.
   *
   * @param client the client index
   * @param rank the rank, from 0 (best)
   * @return whether the candidate is usable
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public boolean usable(int client, int rank) {
    return capacities[therapist(client, rank)] > 0;
  }

  /**
   * Returns the credit every placement earns when load balancing is on: {@code loadStep * (P -
   * 1)}, where {@code P} is the most places any therapist can fill (its open places, or the clients
   * with a usable candidate naming it, whichever is fewer). No load cost exceeds it, so a placement
   * is never worth less than its value, and load balancing moves clients between therapists but
   * never leaves one unassigned while a candidate has a free place.
   *
   * @param loadStep the load-balancing cost per client already placed with the same therapist,
   *     from 0 to {@link #MAX_LOAD_STEP}
   * @return the credit, zero when the load step is zero
   * @throws IllegalArgumentException if the load step is out of range
   */
  public long placementCredit(long loadStep) {
    checkLoadStep(loadStep);
    if (loadStep == 0) {
      return 0;
    }
    int[] demand = new int[capacities.length];
    for (int c = 0; c < clientCount(); c++) {
      for (int r = 0; r < candidateCount(c); r++) {
        if (usable(c, r)) {
          demand[therapist(c, r)]++;
        }
      }
    }
    int most = 0;
    for (int t = 0; t < capacities.length; t++) {
      most = Math.max(most, Math.min(capacities[t], demand[t]));
    }
    return most == 0 ? 0 : loadStep * (most - 1);
  }

  /**
   * Fails unless a load step is in range.
   *
   * @param loadStep the load step
   * @throws IllegalArgumentException if it is negative or above {@link #MAX_LOAD_STEP}
   */
  public static void checkLoadStep(long loadStep) {
    if (loadStep < 0 || loadStep > MAX_LOAD_STEP) {
      throw new IllegalArgumentException("loadStep must be from 0 to " + MAX_LOAD_STEP);
    }
  }

  /**
   * Returns the total number of candidates over all clients.
   *
   * @return zero or more
   */
  public int candidateTotal() {
    return therapists.length;
  }

  /**
   * Returns the value of an assignment: for each placement its value plus the {@linkplain
   * #placementCredit placement credit}, minus the load-balancing cost, which charges {@code loadStep
   * * (k - 1)} points for a therapist's k-th client. The solvers maximise it.
   *
   * @param assigned the therapist index of each client, or -1 for an unassigned client; never null
   * @param loadStep the load-balancing cost per client already placed with the same therapist, from
   *     0 to {@link #MAX_LOAD_STEP}
   * @return the value of the assignment
   * @throws IllegalArgumentException if the load step is out of range, or the assignment does not
   *     fit the table: wrong length, a therapist that is not a candidate of its client, or a
   *     capacity exceeded
   */
  public long objective(int[] assigned, long loadStep) {
    long credit = placementCredit(loadStep);
    if (assigned.length != clientCount()) {
      throw new IllegalArgumentException("assigned must have one entry per client");
    }
    long total = 0;
    int[] load = new int[therapistCount()];
    for (int c = 0; c < assigned.length; c++) {
      int t = assigned[c];
      if (t < 0) {
        continue;
      }
      int rank = t < therapistCount() ? rankOf(c, t) : -1;
      if (rank < 0) {
        throw new IllegalArgumentException("assigned[" + c + "] must be a candidate of the client");
      }
      total += value(c, rank) + credit - loadStep * load[t];
      load[t]++;
      if (load[t] > capacities[t]) {
        throw new IllegalArgumentException("assigned must not exceed the capacity of therapist " + t);
      }
    }
    return total;
  }

  /**
   * Returns where a client's candidates start among all candidates: its candidate of rank r is at
   * {@code offset(client) + r}, up to {@code offset(client + 1)}. For the solvers' inner loops.
   */
  int offset(int client) {
    return offsets[client];
  }

  /** Returns the therapist index of the candidate at an offset (see {@link #offset}). */
  int therapistAt(int offset) {
    return therapists[offset];
  }

  /** Returns the value of the candidate at an offset (see {@link #offset}). */
  long valueAt(int offset) {
    return values[offset];
  }

  private int slot(int client, int rank) {
    int slot = offsets[client] + rank;
    if (rank < 0 || slot >= offsets[client + 1]) {
      throw new IndexOutOfBoundsException("rank " + rank);
    }
    return slot;
  }

  @Override
  public String toString() {
    return "CandidateTable{" + clientCount() + " clients, " + therapistCount() + " therapists, "
        + candidateTotal() + " candidates}";
  }

  /** Builds a {@link CandidateTable} one client at a time, in client index order. */
  public static final class Builder {
    private final int[] capacities;
    private int[] offsets = new int[16];
    private int[] therapists = new int[64];
    private long[] values = new long[64];
    private int clients;
    private int size;

    private Builder(int[] capacities) {
      for (int t = 0; t < capacities.length; t++) {
        if (capacities[t] < 0) {
          throw new IllegalArgumentException("capacities[" + t + "] must not be negative");
        }
      }
      this.capacities = capacities.clone();
    }

    /**
     * Adds a candidate of the client being built, after its better-ranked candidates.
     *
     * @param therapist the therapist index, in range and not yet a candidate of this client
     * @param value the value of the placement, at most {@link #MAX_VALUE} in magnitude
     * @return this builder
     * @throws IllegalArgumentException if the therapist is out of range or repeated, or the value
     *     too large
     */
    public Builder addCandidate(int therapist, long value) {
      if (therapist < 0 || therapist >= capacities.length) {
        throw new IllegalArgumentException("therapist index out of range");
      }
      if (value < 0 || value > MAX_VALUE) {
        throw new IllegalArgumentException("value must be from 0 to " + MAX_VALUE);
      }
      for (int i = offsets[clients]; i < size; i++) {
        if (therapists[i] == therapist) {
          throw new IllegalArgumentException("therapist must not repeat among a client's candidates");
        }
      }
      if (size == therapists.length) {
        therapists = Arrays.copyOf(therapists, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      therapists[size] = therapist;
      values[size] = value;
      size++;
      return this;
    }

    /**
     * Ends the client being built and starts the next one.
     *
     * @return this builder
     */
    public Builder endClient() {
      if (clients + 2 > offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      clients++;
      offsets[clients] = size;
      return this;
    }

    /**
     * Builds the table from the clients ended so far; candidates added since the last
     * {@link #endClient()} are dropped.
     *
     * @return the table, never null
     */
    public CandidateTable build() {
      return new CandidateTable(capacities, Arrays.copyOf(offsets, clients + 1),
          Arrays.copyOf(therapists, offsets[clients]), Arrays.copyOf(values, offsets[clients]));
    }
  }
}
