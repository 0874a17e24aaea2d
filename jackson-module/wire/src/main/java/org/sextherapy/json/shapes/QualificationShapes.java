package org.sextherapy.json.shapes;

import static org.sextherapy.json.engine.ScalarShapes.BOOLEAN;
import static org.sextherapy.json.engine.ScalarShapes.COUNT;
import static org.sextherapy.json.engine.ScalarShapes.DATE;
import static org.sextherapy.json.engine.ScalarShapes.ID;
import static org.sextherapy.json.engine.ScalarShapes.JURISDICTION;
import static org.sextherapy.json.engine.ScalarShapes.PERIOD;
import static org.sextherapy.json.engine.ScalarShapes.TEXT;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.sextherapy.code.Code;
import org.sextherapy.json.engine.EnumShape;
import org.sextherapy.json.engine.LazyShape;
import org.sextherapy.json.engine.ObjectShape;
import org.sextherapy.json.engine.ObjectShape.Property;
import org.sextherapy.json.engine.ObjectShape.Values;
import org.sextherapy.json.engine.ReferenceShape;
import org.sextherapy.json.engine.ScalarShapes;
import org.sextherapy.json.engine.SchemaContext;
import org.sextherapy.json.engine.Shape;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CertifyingBody;
import org.sextherapy.qualification.CompactKind;
import org.sextherapy.qualification.CompactPrivilege;
import org.sextherapy.qualification.Credential;
import org.sextherapy.qualification.CredentialKind;
import org.sextherapy.qualification.Degree;
import org.sextherapy.qualification.DegreeLevel;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.InterstateCompact;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.qualification.PrivilegeKind;
import org.sextherapy.qualification.Register;
import org.sextherapy.qualification.Registration;
import org.sextherapy.qualification.RenewalRule;
import org.sextherapy.qualification.StandardCredentials;
import org.sextherapy.qualification.TrainingRecord;

/** Wire forms of {@code org.sextherapy.qualification}. */
final class QualificationShapes {

  /** {@code {"cycle": "P3Y", "requiredCeCredits": 20, "membershipRequired": true}}. */
  static final ObjectShape<RenewalRule> RENEWAL_RULE =
      new ObjectShape<RenewalRule>("RenewalRule") {
        final Property<RenewalRule, Period> cycle =
            required("cycle", PERIOD, RenewalRule::cycle);
        final Property<RenewalRule, Integer> requiredCeCredits =
            required("requiredCeCredits", COUNT, RenewalRule::requiredCeCredits);
        final Property<RenewalRule, Boolean> membershipRequired =
            required("membershipRequired", BOOLEAN, RenewalRule::membershipRequired);

        @Override
        protected RenewalRule create(Values v) {
          return RenewalRule.of(v.get(cycle), v.get(requiredCeCredits),
              v.get(membershipRequired));
        }
      }.seal();

  /** {@code {"id": "AASECT", "name": "...", "renewalRule": {...}}}. */
  static final ObjectShape<CertifyingBody> CERTIFYING_BODY =
      new ObjectShape<CertifyingBody>("CertifyingBody") {
        final Property<CertifyingBody, String> id = required("id", ID, CertifyingBody::id);
        final Property<CertifyingBody, String> name = required("name", TEXT, CertifyingBody::name);
        final Property<CertifyingBody, RenewalRule> renewalRule =
            optional("renewalRule", RENEWAL_RULE, CertifyingBody::renewalRule);

        @Override
        protected CertifyingBody create(Values v) {
          return v.optional(renewalRule)
              .map(rule -> CertifyingBody.of(v.get(id), v.get(name), rule))
              .orElseGet(() -> CertifyingBody.of(v.get(id), v.get(name)));
        }
      }.seal();

  /** A certifying body: {@code {"ref": "AASECT"}} for a standard one, in full otherwise. */
  static final ReferenceShape<CertifyingBody> CERTIFYING_BODY_OR_REFERENCE =
      new ReferenceShape<>(CERTIFYING_BODY, CertifyingBody::id, StandardCredentials.bodies(),
          "standard certifying body");

  /** {@code {"issuer": {...}, "id": "CST", "title": "...", "kind": "...", "requiresCurrent"}}. */
  static final ObjectShape<Credential> CREDENTIAL = new ObjectShape<Credential>("Credential") {
    final Property<Credential, CertifyingBody> issuer =
        required("issuer", CERTIFYING_BODY_OR_REFERENCE, Credential::issuer);
    final Property<Credential, String> id = required("id", ID, Credential::id);
    final Property<Credential, String> title = required("title", TEXT, Credential::title);
    final Property<Credential, CredentialKind> kind =
        required("kind", EnumShape.of(CredentialKind.class), Credential::kind);
    final Property<Credential, Credential> requiresCurrent = optional("requiresCurrent",
        new LazyShape<>(() -> QualificationShapes.CREDENTIAL_OR_REFERENCE),
        Credential::requiresCurrent);
    final Property<Credential, Period> requiredHeldFor =
        optional("requiredHeldFor", ScalarShapes.PERIOD, Credential::requiredHeldFor);

    @Override
    protected Credential create(Values v) {
      return Credential.builder().issuer(v.get(issuer)).id(v.get(id)).title(v.get(title))
          .kind(v.get(kind)).requiresCurrent(v.optional(requiresCurrent))
          .requiredHeldFor(v.optional(requiredHeldFor)).build();
    }
  }.seal();

  /**
   * A credential: {@code {"ref": "AASECT-CST"}} (its qualified id) for a standard one, in full
   * otherwise.
   */
  static final ReferenceShape<Credential> CREDENTIAL_OR_REFERENCE = new ReferenceShape<>(
      CREDENTIAL, Credential::qualifiedId, StandardCredentials.credentials(),
      "standard credential");

  /** {@code {"credential": {"ref": "AASECT-CST"}, "issued": "2024-05-01", ...}}. */
  static final ObjectShape<Certification> CERTIFICATION =
      new ObjectShape<Certification>("Certification") {
        final Property<Certification, Credential> credential =
            required("credential", CREDENTIAL_OR_REFERENCE, Certification::credential);
        final Property<Certification, LocalDate> issued =
            required("issued", DATE, Certification::issued);
        final Property<Certification, LocalDate> expires =
            optional("expires", DATE, Certification::expires);
        final Property<Certification, Integer> ceCreditsEarned =
            defaulted("ceCreditsEarned", COUNT, Certification::ceCreditsEarned);
        final Property<Certification, Boolean> membershipCurrent =
            defaulted("membershipCurrent", BOOLEAN, Certification::membershipCurrent);

        @Override
        protected Certification create(Values v) {
          Certification.Builder b = Certification.builder().credential(v.get(credential))
              .issued(v.get(issued)).expires(v.optional(expires));
          v.ifPresent(ceCreditsEarned, b::ceCreditsEarned);
          v.ifPresent(membershipCurrent, b::membershipCurrent);
          return b.build();
        }
      }.seal();

  /** {@code {"discipline": "psychology", "jurisdiction": "US-CA", "number": "...", ...}}. */
  static final ObjectShape<Licence> LICENCE = new ObjectShape<Licence>("Licence") {
    final Property<Licence, Discipline> discipline =
        required("discipline", EnumShape.of(Discipline.class), Licence::discipline);
    final Property<Licence, Jurisdiction> jurisdiction =
        required("jurisdiction", JURISDICTION, Licence::jurisdiction);
    final Property<Licence, String> number = required("number", TEXT, Licence::number);
    final Property<Licence, LicenceStatus> status =
        required("status", EnumShape.of(LicenceStatus.class), Licence::status);
    final Property<Licence, LocalDate> validFrom =
        required("validFrom", DATE, Licence::validFrom);
    final Property<Licence, LocalDate> validUntil =
        optional("validUntil", DATE, Licence::validUntil);
    final Property<Licence, Code> taxonomyCode =
        optional("taxonomyCode", CodeShapes.CODE_OR_REFERENCE, Licence::taxonomyCode);
    final Property<Licence, LocalDate> verifiedOn =
        optional("verifiedOn", DATE, Licence::verifiedOn);

    @Override
    protected Licence create(Values v) {
      // Straight-line calls, no method references: every profile lists its licences.
      Licence.Builder b = Licence.builder().discipline(v.get(discipline))
          .jurisdiction(v.get(jurisdiction)).number(v.get(number)).status(v.get(status))
          .validFrom(v.get(validFrom));
      LocalDate until = v.orNull(validUntil);
      if (until != null) {
        b.validUntil(until);
      }
      Code code = v.orNull(taxonomyCode);
      if (code != null) {
        b.taxonomyCode(code);
      }
      LocalDate verified = v.orNull(verifiedOn);
      if (verified != null) {
        b.verifiedOn(verified);
      }
      return b.build();
    }
  }.seal();

  /** {@code {"level": "master", "title": "MSW", "clinical": true}}. */
  static final ObjectShape<Degree> DEGREE = new ObjectShape<Degree>("Degree") {
    final Property<Degree, DegreeLevel> level =
        required("level", EnumShape.of(DegreeLevel.class), Degree::level);
    final Property<Degree, String> title = required("title", TEXT, Degree::title);
    final Property<Degree, Boolean> clinical = required("clinical", BOOLEAN, Degree::clinical);

    @Override
    protected Degree create(Values v) {
      return Degree.of(v.get(level), v.get(title), v.get(clinical));
    }
  }.seal();

  /** A compact written by its id, such as {@code "PSYPACT"}. */
  static final Shape<CompactKind> COMPACT_KIND = idShape("CompactKind", CompactKind.values(),
      CompactKind::id);

  /** A kind of privilege written by its id, such as {@code "PSYPACT-APIT"}. */
  static final Shape<PrivilegeKind> PRIVILEGE_KIND = idShape("PrivilegeKind",
      PrivilegeKind.values(), PrivilegeKind::id);

  private static <E extends Enum<E>> Shape<E> idShape(String name, E[] values,
      Function<E, String> id) {
    List<Object> ids = new ArrayList<>();
    for (E value : values) {
      ids.add(id.apply(value));
    }
    return ScalarShapes.text(name, id, text -> {
      for (E value : values) {
        if (id.apply(value).equals(text)) {
          return value;
        }
      }
      throw new IllegalArgumentException(text);
    }, EnumShape.unknownId(name),
        SchemaContext.map("type", "string", "enum", List.copyOf(ids)));
  }

  /**
   * {@code {"id": "PSYPACT", "members": ["US-NY"], "operationalFrom": "2020-07-01"}}; an absent
   * {@code operationalFrom} reads as the date the library ships for the compact.
   */
  static final ObjectShape<InterstateCompact> INTERSTATE_COMPACT =
      new ObjectShape<InterstateCompact>("InterstateCompact") {
        final Property<InterstateCompact, CompactKind> id =
            required("id", COMPACT_KIND, InterstateCompact::kind);
        final Property<InterstateCompact, Set<Jurisdiction>> members =
            set("members", JURISDICTION, InterstateCompact.MAX_MEMBERS, InterstateCompact::members);
        final Property<InterstateCompact, LocalDate> operationalFrom =
            optional("operationalFrom", DATE, InterstateCompact::operationalFrom);

        @Override
        protected InterstateCompact create(Values v) {
          CompactKind kind = v.get(id);
          Optional<LocalDate> from = v.optional(operationalFrom);
          return InterstateCompact.of(kind, v.set(members),
              from.isPresent() ? from : kind.operationalFrom());
        }
      }.seal();

  /** {@code {"year": 2026, "days": 12}}: days of temporary practice used in a calendar year. */
  static final ObjectShape<Map.Entry<Integer, Integer>> DAYS_USED =
      new ObjectShape<Map.Entry<Integer, Integer>>("TemporaryDaysUsed") {
        final Property<Map.Entry<Integer, Integer>, Integer> year =
            required("year", COUNT, Map.Entry::getKey);
        final Property<Map.Entry<Integer, Integer>, Integer> days =
            required("days", COUNT, Map.Entry::getValue);

        @Override
        protected Map.Entry<Integer, Integer> create(Values v) {
          return Map.entry(v.get(year), v.get(days));
        }
      }.seal();

  /**
   * {@code {"compact": {...}, "kind": "PSYPACT-TAP", "homeJurisdiction": "US-NY",
   * "remoteJurisdiction": "US-NJ", "validFrom": "...", "temporaryDaysUsed": [...]}}.
   */
  static final ObjectShape<CompactPrivilege> COMPACT_PRIVILEGE =
      new ObjectShape<CompactPrivilege>("CompactPrivilege") {
        final Property<CompactPrivilege, InterstateCompact> compact =
            required("compact", INTERSTATE_COMPACT, CompactPrivilege::compact);
        final Property<CompactPrivilege, PrivilegeKind> kind =
            required("kind", PRIVILEGE_KIND, CompactPrivilege::kind);
        final Property<CompactPrivilege, Jurisdiction> homeJurisdiction =
            required("homeJurisdiction", JURISDICTION, CompactPrivilege::homeJurisdiction);
        final Property<CompactPrivilege, Jurisdiction> remoteJurisdiction =
            optional("remoteJurisdiction", JURISDICTION, CompactPrivilege::remoteJurisdiction);
        final Property<CompactPrivilege, LocalDate> validFrom =
            required("validFrom", DATE, CompactPrivilege::validFrom);
        final Property<CompactPrivilege, LocalDate> validUntil =
            optional("validUntil", DATE, CompactPrivilege::validUntil);
        final Property<CompactPrivilege, List<Map.Entry<Integer, Integer>>> temporaryDaysUsed =
            list("temporaryDaysUsed", DAYS_USED, CompactPrivilege.MAX_TEMPORARY_DAYS_USED,
                p -> List.copyOf(new TreeMap<>(p.temporaryDaysUsed()).entrySet()));

        @Override
        protected CompactPrivilege create(Values v) {
          CompactPrivilege.Builder b = CompactPrivilege.builder().compact(v.get(compact))
              .kind(v.get(kind)).homeJurisdiction(v.get(homeJurisdiction))
              .remoteJurisdiction(v.optional(remoteJurisdiction)).validFrom(v.get(validFrom))
              .validUntil(v.optional(validUntil));
          for (Map.Entry<Integer, Integer> used : v.list(temporaryDaysUsed)) {
            b.putTemporaryDaysUsed(used.getKey(), used.getValue());
          }
          return b.build();
        }
      }.seal();

  /** {@code {"id": "COSRT", "name": "...", "jurisdiction": "GB"}}. */
  static final ObjectShape<Register> REGISTER = new ObjectShape<Register>("Register") {
    final Property<Register, String> id = required("id", ID, Register::id);
    final Property<Register, String> name = required("name", TEXT, Register::name);
    final Property<Register, Jurisdiction> jurisdiction =
        required("jurisdiction", JURISDICTION, Register::jurisdiction);

    @Override
    protected Register create(Values v) {
      return Register.of(v.get(id), v.get(name), v.get(jurisdiction));
    }
  }.seal();

  /** {@code {"register": {...}, "discipline": "counselling", "number": "...", ...}}. */
  static final ObjectShape<Registration> REGISTRATION =
      new ObjectShape<Registration>("Registration") {
        final Property<Registration, Register> register =
            required("register", REGISTER, Registration::register);
        final Property<Registration, Discipline> discipline =
            required("discipline", EnumShape.of(Discipline.class), Registration::discipline);
        final Property<Registration, String> number =
            required("number", TEXT, Registration::number);
        final Property<Registration, LicenceStatus> status =
            required("status", EnumShape.of(LicenceStatus.class), Registration::status);
        final Property<Registration, LocalDate> validFrom =
            required("validFrom", DATE, Registration::validFrom);
        final Property<Registration, LocalDate> validUntil =
            optional("validUntil", DATE, Registration::validUntil);

        @Override
        protected Registration create(Values v) {
          return Registration.builder().register(v.get(register))
              .discipline(v.get(discipline)).number(v.get(number)).status(v.get(status))
              .validFrom(v.get(validFrom)).validUntil(v.optional(validUntil)).build();
        }
      }.seal();

  /** {@code {"humanSexualityEducationHours": 90, ...}}; every property defaults to 0 or false. */
  static final ObjectShape<TrainingRecord> TRAINING_RECORD =
      new ObjectShape<TrainingRecord>("TrainingRecord") {
        final Property<TrainingRecord, Integer> humanSexualityEducationHours = defaulted(
            "humanSexualityEducationHours", COUNT, TrainingRecord::humanSexualityEducationHours);
        final Property<TrainingRecord, Integer> sexTherapyTrainingHours = defaulted(
            "sexTherapyTrainingHours", COUNT, TrainingRecord::sexTherapyTrainingHours);
        final Property<TrainingRecord, Boolean> attitudeReassessmentCompleted = defaulted(
            "attitudeReassessmentCompleted", BOOLEAN,
            TrainingRecord::attitudeReassessmentCompleted);
        final Property<TrainingRecord, Integer> supervisedClinicalHours = defaulted(
            "supervisedClinicalHours", COUNT, TrainingRecord::supervisedClinicalHours);
        final Property<TrainingRecord, Integer> telehealthClinicalHours = defaulted(
            "telehealthClinicalHours", COUNT, TrainingRecord::telehealthClinicalHours);
        final Property<TrainingRecord, Integer> supervisionHours =
            defaulted("supervisionHours", COUNT, TrainingRecord::supervisionHours);
        final Property<TrainingRecord, Integer> postDegreeExperienceYears = defaulted(
            "postDegreeExperienceYears", COUNT, TrainingRecord::postDegreeExperienceYears);

        @Override
        protected TrainingRecord create(Values v) {
          TrainingRecord.Builder b = TrainingRecord.builder();
          v.ifPresent(humanSexualityEducationHours, b::humanSexualityEducationHours);
          v.ifPresent(sexTherapyTrainingHours, b::sexTherapyTrainingHours);
          v.ifPresent(attitudeReassessmentCompleted, b::attitudeReassessmentCompleted);
          v.ifPresent(supervisedClinicalHours, b::supervisedClinicalHours);
          v.ifPresent(telehealthClinicalHours, b::telehealthClinicalHours);
          v.ifPresent(supervisionHours, b::supervisionHours);
          v.ifPresent(postDegreeExperienceYears, b::postDegreeExperienceYears);
          return b.build();
        }
      }.seal();

  private QualificationShapes() {}
}
