package org.sextherapy.concern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

  private static final ConcernCatalogue STANDARD = new ConcernCatalogue(StandardConcerns.all());

  private final List<ConcernType> concerns;
  private final Map<String, ConcernType> byId;
  private final Map<String, ConcernType> byWords;

  private ConcernCatalogue(List<ConcernType> concerns) {
    this.concerns = List.copyOf(concerns);
    Map<String, ConcernType> ids = new HashMap<>();
    Map<String, ConcernType> words = new HashMap<>();
    for (ConcernType concern : this.concerns) {
      if (ids.putIfAbsent(concern.id(), concern) != null) {
        throw new IllegalArgumentException("id " + concern.id() + " is already in the catalogue");
      }
      index(words, concern, concern.id());
      index(words, concern, concern.displayName());
      for (String synonym : concern.synonyms()) {
        index(words, concern, synonym);
      }
    }
    this.byId = Map.copyOf(ids);
    this.byWords = Map.copyOf(words);
  }

  private static void index(Map<String, ConcernType> words, ConcernType concern, String text) {
    ConcernType previous = words.putIfAbsent(normalise(text), concern);
    if (previous != null && !previous.id().equals(concern.id())) {
      throw new IllegalArgumentException("synonyms of " + concern.id()
          + " must not repeat a name or synonym of " + previous.id());
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
   * @throws IllegalArgumentException if two concern types share an id, or a name or synonym of one
   *     repeats a name or synonym of another
   */
  public static ConcernCatalogue of(List<ConcernType> concerns) {
    return new ConcernCatalogue(concerns);
  }

  /**
   * Returns a new catalogue with this one's concern types and one more.
   *
   * @param concern the concern type to add, never null
   * @return the new catalogue, never null
   * @throws IllegalArgumentException if its id is taken, or its name or a synonym already names
   *     another concern type
   */
  public ConcernCatalogue with(ConcernType concern) {
    List<ConcernType> all = new ArrayList<>(concerns);
    all.add(concern);
    return new ConcernCatalogue(all);
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
    return "ConcernCatalogue{" + concerns.size() + " concern types}";
  }
}
