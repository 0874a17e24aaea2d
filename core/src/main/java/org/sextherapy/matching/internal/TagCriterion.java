package org.sextherapy.matching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.sextherapy.client.ModalityPreference;
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.insurance.Payer;

/**
 * The tag families: a payer's network joined (the pre-filter of {@link InsuranceCriterion}), or
 * any of some modalities offered. Both are ids the caller supplies, packed in one tag dictionary: the most frequent as bits of the profile's tag
 * mask, the rest as blob entries. The reason names the first tag met, in name order.
 */
final class TagCriterion extends Criterion {

  private final PackedDirectory d;
  /** The tags' names without their family prefix, in name order. */
  private final String[] names;
  /** Their indexes in the tag dictionary, or -1 for a tag no profile has. */
  private final int[] tags;
  private final int mask;
  /** The tags without a bit, sorted. */
  private final int[] rare;

  /**
   * Compiles tags, any of which meets the preference.
   *
   * @param kind the preference kind
   * @param d the directory
   * @param tagNames the tags' full names (with their family prefix), in the order the reason
   *     looks for them
   */
  TagCriterion(PreferenceKind kind, PackedDirectory d, List<String> tagNames) {
    super(kind);
    this.d = d;
    this.names = new String[tagNames.size()];
    this.tags = new int[tagNames.size()];
    List<Integer> rareTags = new ArrayList<>();
    int bits = 0;
    for (int t = 0; t < tagNames.size(); t++) {
      String name = tagNames.get(t);
      names[t] = name.substring(2);
      Integer index = d.tagIndex.get(name);
      tags[t] = index == null ? -1 : index;
      if (index != null) {
        if (d.tagBit[index] >= 0) {
          bits |= 1 << d.tagBit[index];
        } else {
          rareTags.add(index);
        }
      }
    }
    this.mask = bits;
    this.rare = rareTags.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  /**
   * A participation with the payer: the pre-filter of {@link InsuranceCriterion}, which then
   * decides on the profile whether the participation covers the client.
   */
  static TagCriterion payer(Payer payer, PackedDirectory d) {
    return new TagCriterion(PreferenceKind.INSURANCE, d, List.of(Tags.payer(payer)));
  }

  static TagCriterion modality(ModalityPreference preference, PackedDirectory d) {
    List<String> names = new ArrayList<>();
    for (String id : new TreeSet<>(preference.modalityIds())) {
      names.add(Tags.modality(id));
    }
    return new TagCriterion(PreferenceKind.MODALITY, d, names);
  }

  private boolean hasTag(int i, int tag) {
    int bit = d.tagBit[tag];
    if (bit >= 0) {
      return (d.tagMask[i] & (1 << bit)) != 0;
    }
    int[] blob = d.blob;
    int end = d.blobStart[i + 1];
    for (int q = d.afterGrants(i); q < end; q = d.next(q)) {
      if (blob[q] == PackedDirectory.entry(PackedDirectory.TAG, tag)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasRareTag(int i) {
    if (rare.length == 0) {
      return false;
    }
    int[] blob = d.blob;
    int end = d.blobStart[i + 1];
    for (int q = d.afterGrants(i); q < end; q = d.next(q)) {
      if (PackedDirectory.kind(blob[q]) == PackedDirectory.TAG
          && Arrays.binarySearch(rare, PackedDirectory.payload(blob[q])) >= 0) {
        return true;
      }
    }
    return false;
  }

  @Override
  boolean met(int i) {
    return (d.tagMask[i] & mask) != 0 || hasRareTag(i);
  }

  /**
   * Zero when no candidate has a frequent tag of the preference in its tag mask and the
   * preference names no rare tag (read from the blob, so not ruled out here).
   */
  @Override
  long most(int w, long candidates, long preferencePoints) {
    return rare.length > 0 || anyInMask(w, candidates) ? preferencePoints : 0;
  }

  /** Tells whether a candidate of word w has a frequent tag of the preference. */
  boolean anyInMask(int w, long candidates) {
    for (long rest = candidates; rest != 0; rest &= rest - 1) {
      if ((d.tagMask[(w << 6) + Long.numberOfTrailingZeros(rest)] & mask) != 0) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether the preference names a tag that only the blob holds. */
  boolean anyRare() {
    return rare.length > 0;
  }

  @Override
  String argument(int i) {
    for (int t = 0; t < tags.length; t++) {
      if (tags[t] >= 0 && hasTag(i, tags[t])) {
        return names[t];
      }
    }
    return names[0];
  }
}
