package org.sextherapy.matching.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sextherapy.client.FaithPreference;
import org.sextherapy.client.LgbtqIdentityPreference;
import org.sextherapy.client.PracticeCompetencePreference;
import org.sextherapy.client.RaceOrEthnicityPreference;
import org.sextherapy.identity.SelfDescription;
import org.sextherapy.location.AccessFeature;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.therapist.CompetenceGrade;
import org.sextherapy.therapist.FaithApproach;
import org.sextherapy.therapist.FaithStance;
import org.sextherapy.therapist.PracticeCompetence;
import org.sextherapy.therapist.TherapistProfile;

/**
 * The tags (see {@link Tags}) that pack what a therapist discloses about identity and values, and
 * the access of their practice locations, into the directory's tag dictionary: a preference for
 * these is then a few bits of the tag mask, or a rare tag, like an insurer.
 *
 * <ul>
 *   <li>{@code r:} and {@code q:} followed by the {@linkplain SelfDescription#key(String) key} of a
 *       race-or-ethnicity or LGBTQ+ term;</li>
 *   <li>{@code f:secular}, or {@code f:t:} and the key of the tradition integrated;</li>
 *   <li>{@code c:} area id {@code :} grade id, for a declared grade of at least aware;</li>
 *   <li>{@code a:} feature id and {@code s:} sign-language tag, for a feature or sign language at
 *       any practice location: a necessary condition only, as the location must also be one the
 *       client can attend, which the query checks on the location itself.</li>
 * </ul>
 *
 * <p>Identity tags are exact: a tag matches exactly when the preference is met. Their names hold
 * the therapist's public terms, never a client's; a query's reasons never print them.
 */
final class ValueTags {

  private static final String RACE = "r:";
  private static final String LGBTQ = "q:";
  private static final String FAITH = "f:";
  private static final String COMPETENCE = "c:";
  private static final String ACCESS = "a:";
  private static final String SIGN = "s:";
  private static final String SECULAR = FAITH + FaithApproach.SECULAR.id();

  private ValueTags() {}

  /** Returns a profile's value and access tags, each once. */
  static Set<String> of(TherapistProfile p) {
    Set<String> tags = new TreeSet<>();
    Optional<SelfDescription> race = p.raceOrEthnicity();
    if (race.isPresent()) {
      for (String term : race.get().terms()) {
        tags.add(RACE + SelfDescription.key(term));
      }
    }
    Optional<SelfDescription> lgbtq = p.lgbtqIdentity();
    if (lgbtq.isPresent()) {
      for (String term : lgbtq.get().terms()) {
        tags.add(LGBTQ + SelfDescription.key(term));
      }
    }
    Optional<FaithStance> faith = p.faith();
    if (faith.isPresent()) {
      tags.add(faith(faith.get()));
    }
    for (PracticeCompetence c : p.practiceCompetence()) {
      if (c.grade() != CompetenceGrade.NONE) {
        tags.add(COMPETENCE + c.area().id() + ":" + c.grade().id());
      }
    }
    for (PracticeLocation location : p.locations()) {
      for (AccessFeature feature : location.access()) {
        tags.add(ACCESS + feature.id());
      }
      for (Locale language : location.signLanguages()) {
        tags.add(SIGN + language.toLanguageTag());
      }
    }
    return tags;
  }

  private static String faith(FaithStance stance) {
    return switch (stance.approach()) {
      case SECULAR -> SECULAR;
      case INTEGRATES_TRADITION -> FAITH + "t:" + SelfDescription.key(stance.tradition().orElse(""));
    };
  }

  /** Returns the tags any of which meets a race-or-ethnicity preference. */
  static List<String> accepted(RaceOrEthnicityPreference preference) {
    return prefixed(RACE, SelfDescription.keys(preference.racesOrEthnicities()));
  }

  /** Returns the tags any of which meets an LGBTQ+ identity preference. */
  static List<String> accepted(LgbtqIdentityPreference preference) {
    return prefixed(LGBTQ, SelfDescription.keys(preference.identities()));
  }

  /** Returns the tags any of which meets a faith preference. */
  static List<String> accepted(FaithPreference preference) {
    TreeSet<String> tags = new TreeSet<>();
    for (FaithStance stance : preference.stances()) {
      tags.add(faith(stance));
    }
    return new ArrayList<>(tags);
  }

  /** Returns the tags any of which meets a practice-competence preference. */
  static List<String> accepted(PracticeCompetencePreference preference) {
    List<String> tags = new ArrayList<>();
    for (CompetenceGrade grade : CompetenceGrade.values()) {
      if (grade.atLeast(preference.minimum())) {
        tags.add(COMPETENCE + preference.area().id() + ":" + grade.id());
      }
    }
    return tags;
  }

  /** Returns the tag a location feature is indexed under. */
  static String access(AccessFeature feature) {
    return ACCESS + feature.id();
  }

  /** Returns the tag an in-person sign language is indexed under. */
  static String sign(Locale language) {
    return SIGN + language.toLanguageTag();
  }

  /** Returns the reason argument of a met faith preference, from the matched tag's name. */
  static String faithArgument(String tagName) {
    return tagName.equals(FaithApproach.SECULAR.id()) ? FaithApproach.SECULAR.id()
        : FaithApproach.INTEGRATES_TRADITION.id();
  }

  private static List<String> prefixed(String prefix, Set<String> keys) {
    List<String> tags = new ArrayList<>();
    for (String key : new TreeSet<>(keys)) {
      tags.add(prefix + key);
    }
    return tags;
  }
}
