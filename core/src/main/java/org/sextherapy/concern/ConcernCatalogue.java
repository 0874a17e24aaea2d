package org.sextherapy.concern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sextherapy.InvalidValueException;
import org.sextherapy.internal.Counts;

/**
 * A catalogue of concern types, looked up by id or by the words a client uses.
 *
 * <p>{@link #standard()} holds {@link StandardConcerns#all()}. An application adds its own concern
 * types with {@link #with(ConcernType)}, which returns a new catalogue and leaves this one as it was;
 * ids, display names and synonyms must stay unambiguous across the catalogue.
 *
 * <p>Lookup by {@link #find(String)} ignores case and repeated white space and accepts an id, a
 * display name or a synonym, so "Sex Addiction" finds {@code COMPULSIVE_SEXUAL_BEHAVIOUR}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConcernCatalogue {

  private static final ConcernCatalogue STANDARD =
      new ConcernCatalogue(StandardConcerns.all(), false);

  private final List<ConcernType> concerns;
  private final Map<String, ConcernType> byId;
  private final Map<String, ConcernType> byWords;

  /**
   * Indexes the concern types, refusing an ambiguous one. A refusal names the field as the caller
   * gave it: an element of the list given to {@link #of(List)} by its index, and the one type
   * {@link #with(ConcernType)} adds (the last, when {@code addsLast}) by that method's parameter.
   */
  private ConcernCatalogue(List<ConcernType> concerns, boolean addsLast) {
    this.concerns = List.copyOf(concerns);
    Map<String, ConcernType> ids = new HashMap<>();
    Map<String, ConcernType> words = new HashMap<>();
    for (int i = 0; i < this.concerns.size(); i++) {
      ConcernType concern = this.concerns.get(i);
      String field = addsLast && i == this.concerns.size() - 1 ? "concern" : "concerns[" + i + "]";
      if (ids.putIfAbsent(concern.id(), concern) != null) {
        throw new InvalidValueException(field + ".id",
            "must not repeat the id of a concern type in the catalogue");
      }
      index(words, concern, concern.id(), field, "id");
      index(words, concern, concern.displayName(), field, "displayName");
      List<String> synonyms = concern.synonyms();
      for (int s = 0; s < synonyms.size(); s++) {
        index(words, concern, synonyms.get(s), field, "synonyms[" + s + "]");
      }
    }
    this.byId = Map.copyOf(ids);
    this.byWords = Map.copyOf(words);
  }

  private static void index(Map<String, ConcernType> words, ConcernType concern, String text,
      String field, String property) {
    ConcernType previous = words.putIfAbsent(normalise(text), concern);
    if (previous != null && !previous.id().equals(concern.id())) {
      // the other concern type is named by its id, a code of the catalogue, never by the words
      throw new InvalidValueException(field + "." + property,
          "must not repeat an id, name or synonym of " + previous.id());
    }
  }

  private static String normalise(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the standard catalogue.
   *
   * @return the catalogue of {@link StandardConcerns#all()}, never null
   */
  public static ConcernCatalogue standard() {
    return STANDARD;
  }

  /**
   * Returns a catalogue of the given concern types only.
   *
   * @param concerns the concern types, never null
   * @return the catalogue, never null
   * @throws InvalidValueException naming the field, such as {@code concerns[3].synonyms[1]}, if
   *     two concern types share an id, or an id, name or synonym of one repeats one of another
   *     (the rule names the other's id)
   */
  public static ConcernCatalogue of(List<ConcernType> concerns) {
    Objects.requireNonNull(concerns, "concerns");
    return new ConcernCatalogue(concerns, false);
  }

  /**
   * Returns a new catalogue with this one's concern types and one more.
   *
   * @param concern the concern type to add, never null
   * @return the new catalogue, never null
   * @throws InvalidValueException naming the field, such as {@code concern.synonyms[1]}, if its
   *     id is taken, or its id, name or a synonym already names another concern type (the rule
   *     names that type's id)
   */
  public ConcernCatalogue with(ConcernType concern) {
    List<ConcernType> all = new ArrayList<>(concerns);
    all.add(concern);
    return new ConcernCatalogue(all, true);
  }

  /**
   * Returns the concern types in the order they were added.
   *
   * @return the concern types, never null
   */
  public List<ConcernType> concerns() {
    return concerns;
  }

  /**
   * Finds a concern type by its exact id.
   *
   * @param id the id, never null
   * @return the concern type, or empty if the catalogue has none with that id
   */
  public Optional<ConcernType> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Finds a concern type by id, display name or synonym, ignoring case and repeated white space.
   *
   * @param words what a client or a form calls the concern, never null
   * @return the concern type, or empty if nothing in the catalogue is called that
   */
  public Optional<ConcernType> find(String words) {
    return Optional.ofNullable(byWords.get(normalise(words)));
  }

  @Override
  public String toString() {
    return "ConcernCatalogue{" + Counts.of(concerns.size(), "concern type", "concern types") + "}";
  }
}
