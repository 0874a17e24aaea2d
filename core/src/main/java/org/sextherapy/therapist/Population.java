package org.sextherapy.therapist;

import org.sextherapy.Identified;

/**
 * A group of people a therapist serves or affirms, as directories list them
 * (such as Psychology Today's and AASECT's directories).
 */
public enum Population implements Identified {
  /**
   * Adolescents (12 to 17). A request for an adolescent goes only to therapists serving adolescents
   * (ethical rule 7).
   */
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
  DISABILITY("disability"),
  /**
   * Children (under 12). A request for a child goes only to therapists who declare that they serve
   * children: serving adolescents does not include them (ethical rule 7). Declared last so that the
   * bit positions of the populations declared before it do not move.
   */
  CHILDREN("children");

  private final String id;

  Population(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
