package org.sextherapy.matching.internal;

import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The best k candidates seen so far, as a binary heap with the worst at the root, in three parallel
 * arrays.
 *
 * <p>Better means a higher score, then a lower tie-break key ({@link TieBreak}, unsigned), then a
 * lower therapist id. Tie-break keys are computed only when scores are equal, so the common case
 * (a candidate below the k-th score) costs one comparison.
 *
 * <p>Not thread-safe: each scan range has its own.
 */
final class TopK {

  private final int capacity;
  private final long requestState;
  private final IdColumn ids;
  final long[] scores;
  final int[] indexes;
  private final long[] ties;
  private final boolean[] tieKnown;
  int size;
  /** How many candidates were offered: scored, that is. */
  int offered;
  /** The bar shared with the heaps of the other ranges of the same scan, or null. */
  private final @Nullable AtomicLong shared;

  TopK(int capacity, long requestState, PackedDirectory directory) {
    this(capacity, requestState, directory, null);
  }

  /**
   * A heap for one range of a scan split in ranges, sharing its bar with the others: the k-th
   * score of any range's heap is a bar for every range, since k candidates at least as good as it
   * are then known. Only a score strictly below it is ruled out (an equal one may win on the
   * tie-break), so each range's heap still keeps every candidate of its range that can be among
   * the k best overall, and merging the heaps gives exactly the k best.
   *
   * @param shared the highest k-th score published so far by a range, {@link Long#MIN_VALUE} at
   *     first; or null for a scan in one range
   */
  TopK(int capacity, long requestState, PackedDirectory directory,
      @Nullable AtomicLong shared) {
    this.shared = shared;
    this.capacity = capacity;
    this.requestState = requestState;
    this.ids = directory.ids;
    this.scores = new long[capacity];
    this.indexes = new int[capacity];
    this.ties = new long[capacity];
    this.tieKnown = new boolean[capacity];
  }

  /**
   * Tells whether a candidate with this score could enter: the heap is not full, or the score is at
   * least the worst kept.
   */
  boolean admits(long score) {
    return (size < capacity || score >= scores[0]) && (shared == null || score >= shared.get());
  }

  /**
   * Returns the bar: the lowest score {@link #admits} admits, {@link Long#MIN_VALUE} while none is
   * known.
   */
  long bar() {
    long own = size == capacity ? scores[0] : Long.MIN_VALUE;
    return shared == null ? own : Math.max(own, shared.get());
  }

  /**
   * Tells whether a bar is known, so that bounds can rule candidates out: the heap holds k
   * candidates, or another range's heap does.
   */
  boolean barKnown() {
    return size == capacity || (shared != null && shared.get() != Long.MIN_VALUE);
  }

  /** Publishes this heap's k-th score to the other ranges, when it is full and raises the bar. */
  private void publish() {
    if (shared != null && size == capacity && scores[0] > shared.get()) {
      shared.accumulateAndGet(scores[0], Math::max);
    }
  }

  /** Offers a candidate. */
  void offer(long score, int index) {
    offered++;
    if (size < capacity) {
      scores[size] = score;
      indexes[size] = index;
      tieKnown[size] = false;
      siftUp(size++);
      publish();
      return;
    }
    if (score < scores[0]) {
      return;
    }
    if (score == scores[0]) {
      long tie = ids.tieKey(requestState, index);
      int order = compareTies(tie, index, tie(0), indexes[0]);
      if (order >= 0) {
        return;
      }
      set(0, score, index, tie);
    } else {
      scores[0] = score;
      indexes[0] = index;
      tieKnown[0] = false;
    }
    siftDown(0);
    publish();
  }

  /** Offers every candidate of another heap. */
  void addAll(TopK other) {
    for (int s = 0; s < other.size; s++) {
      offer(other.scores[s], other.indexes[s]);
    }
  }

  /**
   * Empties the heap, best first.
   *
   * @param scoresOut receives the scores, best first; at least {@link #size} long
   * @return the indexes, best first
   */
  int[] drainBestFirst(long[] scoresOut) {
    int n = size;
    int[] out = new int[n];
    for (int r = n - 1; r >= 0; r--) {
      out[r] = indexes[0];
      scoresOut[r] = scores[0];
      size--;
      if (size > 0) {
        move(size, 0);
        siftDown(0);
      }
    }
    return out;
  }

  private long tie(int slot) {
    if (!tieKnown[slot]) {
      ties[slot] = ids.tieKey(requestState, indexes[slot]);
      tieKnown[slot] = true;
    }
    return ties[slot];
  }

  private int compareTies(long tieA, int indexA, long tieB, int indexB) {
    int order = Long.compareUnsigned(tieA, tieB);
    return order != 0 ? order : ids.compare(indexA, indexB);
  }

  /** Tells whether slot a is worse than slot b: lower score, or equal and later in tie order. */
  private boolean worse(int a, int b) {
    if (scores[a] != scores[b]) {
      return scores[a] < scores[b];
    }
    return compareTies(tie(a), indexes[a], tie(b), indexes[b]) > 0;
  }

  private void siftUp(int slot) {
    while (slot > 0) {
      int parent = (slot - 1) >>> 1;
      if (!worse(slot, parent)) {
        return;
      }
      swap(slot, parent);
      slot = parent;
    }
  }

  private void siftDown(int slot) {
    while (true) {
      int left = 2 * slot + 1;
      if (left >= size) {
        return;
      }
      int worst = left;
      int right = left + 1;
      if (right < size && worse(right, left)) {
        worst = right;
      }
      if (!worse(worst, slot)) {
        return;
      }
      swap(slot, worst);
      slot = worst;
    }
  }

  private void set(int slot, long score, int index, long tie) {
    scores[slot] = score;
    indexes[slot] = index;
    ties[slot] = tie;
    tieKnown[slot] = true;
  }

  private void move(int from, int to) {
    scores[to] = scores[from];
    indexes[to] = indexes[from];
    ties[to] = ties[from];
    tieKnown[to] = tieKnown[from];
  }

  private void swap(int a, int b) {
    long score = scores[a];
    int index = indexes[a];
    long tie = ties[a];
    boolean known = tieKnown[a];
    move(b, a);
    scores[b] = score;
    indexes[b] = index;
    ties[b] = tie;
    tieKnown[b] = known;
  }
}
