package org.sextherapy.matching.internal;

/**
 * The stable hash that orders therapists with equal scores, so that equally suited therapists share
 * the top places across requests instead of the same one always winning.
 *
 * <p>The key of (request id, therapist id) is the 64-bit FNV-1a hash of the UTF-16 code units of the
 * request id, then one code unit 0 as a separator (ids cannot contain it), then the code units of the
 * therapist id, each unit folded in as one 16-bit value (offset basis {@code 0xcbf29ce484222325},
 * prime {@code 0x100000001b3}); the result is finalised with the MurmurHash3 {@code fmix64}
 * avalanche. Keys compare as unsigned numbers, lower first. The hash depends on nothing but the two
 * ids, so it is the same on every run, JVM and platform.
 */
public final class TieBreak {

  private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private TieBreak() {}

  /**
   * Returns the hash state after the request id and the separator.
   *
   * @param requestId the request id, never null
   * @return the state to pass to {@link #key(long, String)}
   */
  public static long requestState(String requestId) {
    long h = OFFSET_BASIS;
    for (int i = 0; i < requestId.length(); i++) {
      h = (h ^ requestId.charAt(i)) * PRIME;
    }
    return h * PRIME;
  }

  /**
   * Returns the tie-break key of a therapist for a request.
   *
   * @param requestState the state from {@link #requestState(String)}
   * @param therapistId the therapist's id, never null
   * @return the key; lower unsigned keys rank first among equal scores
   */
  public static long key(long requestState, String therapistId) {
    long h = requestState;
    for (int i = 0; i < therapistId.length(); i++) {
      h = (h ^ therapistId.charAt(i)) * PRIME;
    }
    return finish(h);
  }

  /**
   * Returns the tie-break key of a therapist whose id is packed one byte per character, as
   * {@link IdColumn} packs ids: the same key as {@link #key(long, String)} gives the id.
   *
   * @param requestState the state from {@link #requestState(String)}
   * @param id the packed ids, never null
   * @param from where the therapist's id starts in {@code id}
   * @param to where it ends, exclusive
   * @return the key
   */
  static long key(long requestState, byte[] id, int from, int to) {
    long h = requestState;
    for (int i = from; i < to; i++) {
      h = (h ^ (id[i] & 0xFF)) * PRIME;
    }
    return finish(h);
  }

  /** The MurmurHash3 {@code fmix64} avalanche. */
  private static long finish(long hash) {
    long h = hash;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
