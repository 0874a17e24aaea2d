/**
 * The sextherapy library: an immutable model of sex therapy, its ethics and therapist matching.
 *
 * <p>Sex therapy is a form of psychotherapy for mental-health or emotional concerns that affect
 * sexual function, drive or the desire for intimacy; sessions are instructive and verbal (source:
 * the overview article on sex therapy the project started from, {@code shared/seeds}). The library
 * is split by domain concept:
 *
 * <ul>
 *   <li>{@link org.sextherapy.concern}: what a person brings to therapy;
 *   <li>{@link org.sextherapy.code}: the one catalogue of ICD-11, ICD-10-CM and NUCC codes;
 *   <li>{@link org.sextherapy.session}: who takes part, how sessions are delivered, their course;
 *   <li>{@link org.sextherapy.location}: jurisdictions and practice locations;
 *   <li>{@link org.sextherapy.identity}: gender identity in a person's own words;
 *   <li>{@link org.sextherapy.qualification}: licences, certifications, training;
 *   <li>{@link org.sextherapy.therapist}: a therapist's directory profile;
 *   <li>{@link org.sextherapy.treatment}: aims of therapy and the modalities that pursue them;
 *   <li>{@link org.sextherapy.client}: a client's request for a therapist;
 *   <li>{@link org.sextherapy.plan}: a session plan with goals, activities and exercises;
 *   <li>{@link org.sextherapy.validation}: validation results and validators;
 *   <li>{@link org.sextherapy.ethics}: the ethical-practice rules and the ethics review;
 *   <li>{@link org.sextherapy.matching}: matching one client against a directory;
 *   <li>{@link org.sextherapy.assignment}: placing a waiting list with therapists' open places.
 * </ul>
 *
 * <p>Every package is null-marked: a parameter or result is never null unless its type is
 * annotated {@code @Nullable}. A null passed where a value is required throws
 * {@code NullPointerException} at once, its message the name of the parameter (a public static
 * factory or parser: {@code Objects.requireNonNull(code, "code")}, as in the JDK) or of the field
 * (a builder's setter of one value); an invalid value throws
 * {@link org.sextherapy.InvalidValueException} naming the field.
 */
@NullMarked
package org.sextherapy;

import org.jspecify.annotations.NullMarked;
