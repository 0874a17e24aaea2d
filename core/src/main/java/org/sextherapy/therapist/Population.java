package org.sextherapy.therapist;

import org.sextherapy.Identified;

/**
 * A group of people a therapist serves or affirms, as directories list them
 * (such as Psychology Today's and AASECT's directories).
 */
public enum Population implements Identified {
  /** Adolescents (12 to 17). A request for a minor goes only to therapists serving adolescents. */
  ADOLESCENTS("adolescents"),
  /** Adults (18 to 64). */
  ADULTS("adults"),
  /** Older adults (65 and over). */
  OLDER_ADULTS("older-adults"),
  /** Couples. */
  COUPLES("couples"),
  /** Lesbian, gay, bisexual, queer and other sexual-minority clients. */
  LGBTQ("lgbtq"),
  /** Trans and non-binary clients; some prefer a therapist experienced with them (GoodTherapy, Sex
   * Therapy). */
  TRANS_AND_NON_BINARY("trans-and-non-binary"),
  /** Intersex clients. */
  INTERSEX("intersex"),
  /** Kink-affirming: consensual kink among adults is not a disorder. */
  KINK_AFFIRMING("kink-affirming"),
  /** Consensual non-monogamy affirming. */
  CONSENSUAL_NON_MONOGAMY_AFFIRMING("consensual-non-monogamy-affirming"),
  /** Disabled people and people with chronic illness. */
  DISABILITY("disability");

  private final String id;

  Population(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
