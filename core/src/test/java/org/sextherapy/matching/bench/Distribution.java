package org.sextherapy.matching.bench;

/**
 * Which directory the benchmark generator draws, so that every matching and assignment figure can
 * be reported for both.
 */
public enum Distribution {
  /**
   * Directories as they are: common concerns declared far more often than rare ones but by a
   * minority of therapists, three in four accepting, most therapists licensed in their home state
   * only; few therapists pass the cheap filters for a request.
   */
  REALISTIC,
  /**
   * Many eligible therapists per request: popular concerns declared by most therapists (the four
   * most common by 85 to 95 %), 95 % accepting with 1 to 8 open places, nearly everyone offering
   * video, broad telehealth licensing (most US therapists hold two to six further state licences;
   * most psychologists and counsellors a compact privilege), and few REQUIRED preferences.
   */
  DENSE
}
