/**
 * The sextherapy domain model: concerns, session formats, therapist qualifications, client requests
 * and session plans as immutable, null-safe values, with validators that judge them on a date.
 *
 * <p>Only API packages are exported; {@code org.sextherapy.internal} holds the shared Immutables
 * style and small helpers that are not part of the API.
 */
// Immutables' annotations (value-annotations, an automatic module) are needed only to compile:
// "requires static" keeps them off users' module paths. javac 17 warns at each of them on an
// exported type that the module is not re-exported ("exports"): each such type suppresses that
// one warning itself, and the automatic-module warning is suppressed here, so the build can fail
// on every other warning (-Werror).
@SuppressWarnings("requires-automatic")
module org.sextherapy {
  requires static org.immutables.value.annotations;
  requires transitive org.jspecify;

  exports org.sextherapy;
  exports org.sextherapy.code;
  exports org.sextherapy.concern;
  exports org.sextherapy.session;
  exports org.sextherapy.location;
  exports org.sextherapy.insurance;
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
