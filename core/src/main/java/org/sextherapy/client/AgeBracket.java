package org.sextherapy.client;

import org.sextherapy.Identified;
import org.sextherapy.InvalidValueException;

/**
 * The age group of a participant. Adolescents sometimes seek a sex therapist (GoodTherapy, Sex
 * Therapy); a request for a minor goes only to therapists who serve adolescents, and needs
 * guardian-consent data unless local law lets the minor consent (ethical rule 7).
 */
public enum AgeBracket implements Identified {
  /** Under 12. */
  CHILD("child", 0, 11),
  /** 12 to 17. */
  ADOLESCENT("adolescent", 12, 17),
  /** 18 to 64. */
  ADULT("adult", 18, 64),
  /** 65 and over. */
  OLDER_ADULT("older-adult", 65, 150);

  private final String id;
  private final int minimumAge;
  private final int maximumAge;

  AgeBracket(String id, int minimumAge, int maximumAge) {
    this.id = id;
    this.minimumAge = minimumAge;
    this.maximumAge = maximumAge;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Tells whether people in this bracket are minors (under 18).
   *
   * @return true for children and adolescents
   */
  public boolean isMinor() {
    return maximumAge < 18;
  }

  /**
   * Tells whether an age in years falls in this bracket.
   *
   * @param years the age in whole years
   * @return whether it falls in the bracket
   */
  public boolean contains(int years) {
    return years >= minimumAge && years <= maximumAge;
  }

  /**
   * Returns the bracket of an age.
   *
   * @param years the age in whole years, from 0 to 150
   * @return the bracket, never null
   * @throws InvalidValueException naming the field {@code age} (rule {@code "must be from 0 to
   *     150"}, without the age given) if the age is out of range
   */
  public static AgeBracket of(int years) {
    for (AgeBracket bracket : values()) {
      if (bracket.contains(years)) {
        return bracket;
      }
    }
    throw new InvalidValueException("age", "must be from 0 to 150");
  }
}
