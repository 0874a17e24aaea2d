/**
 * The sextherapy domain model: concerns, session formats, therapist qualifications, client requests
 * and session plans as immutable, null-safe values, with validators that judge them on a date.
 *
 * <p>Only API packages are exported; {@code org.sextherapy.internal} holds the shared Immutables
 * style and small helpers that are not part of the API.
 */
module org.sextherapy {
  requires static org.immutables.value.annotations;
  requires transitive org.jspecify;
  requires org.jgrapht.core;

  exports org.sextherapy;
  exports org.sextherapy.code;
  exports org.sextherapy.concern;
  exports org.sextherapy.session;
  exports org.sextherapy.location;
  exports org.sextherapy.identity;
  exports org.sextherapy.qualification;
  exports org.sextherapy.outcome;
  exports org.sextherapy.authorisation;
  exports org.sextherapy.therapist;
  exports org.sextherapy.treatment;
  exports org.sextherapy.client;
  exports org.sextherapy.plan;
  exports org.sextherapy.validation;
  exports org.sextherapy.ethics;
  exports org.sextherapy.matching;
  exports org.sextherapy.assignment;
}
