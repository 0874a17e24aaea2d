package org.sextherapy.authorisation;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.sextherapy.internal.Checks;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.StandardRegisters;

/**
 * Which licences and registers count in each country, discipline by discipline: a
 * {@link LicensingRegime} per country and discipline, and for a country or discipline the policy
 * does not list, {@link LicensingRegime#issuerLevel()}.
 *
 * <p>{@link #defaults()} ships regimes with their public sources:
 * <ul>
 *   <li>United States and Canada, every discipline: licensed by each state or province
 *       ({@link LicensingLevel#SUBDIVISION}); psychology boards of the states and provinces
 *       (https://www.asppb.net), state boards of medicine (https://www.fsmb.org) and of nursing
 *       (https://www.ncsbn.org), provincial regulation of counselling and psychotherapy
 *       (https://www.ccpa-accp.ca/profession/regulation/).</li>
 *   <li>United Kingdom: counselling, psychotherapy, marriage and family therapy and other talking
 *       therapies have no statutory licence; entries on the Professional Standards Authority's
 *       accredited registers of COSRT, BACP and UKCP count
 *       (https://www.professionalstandards.org.uk/what-we-do/accredited-registers). Practitioner
 *       psychologists must be registered with the HCPC
 *       (https://www.hcpc-uk.org/about-us/who-we-regulate/the-professions/). Doctors hold a national
 *       licence to practise from the GMC (https://www.gmc-uk.org/registration-and-licensing) and
 *       nurses a national NMC registration (https://www.nmc.org.uk).</li>
 *   <li>Australia: psychologists, doctors and nurses are registered nationally under Ahpra's
 *       National Registration and Accreditation Scheme, which replaced the state and territory
 *       boards on 1 July 2010 (https://www.psychologyboard.gov.au/registration.aspx;
 *       https://ahpra.gov.au/About-Ahpra/What-We-Do/FAQ.aspx): a licence recorded as issued by a
 *       state, such as {@code AU-NSW}, counts nowhere ({@link LicensingLevel#COUNTRY}).</li>
 *   <li>United Kingdom, social work: registered separately in each nation, by Social Work England
 *       (Children and Social Work Act 2017; https://www.socialworkengland.org.uk), the Scottish
 *       Social Services Council (Regulation of Care (Scotland) Act 2001; https://www.sssc.uk.com),
 *       Social Care Wales (Regulation and Inspection of Social Care (Wales) Act 2016;
 *       https://socialcare.wales) and the Northern Ireland Social Care Council (Health and Personal
 *       Social Services Act (Northern Ireland) 2001; https://niscc.info): a licence counts only in
 *       the nation that issued it ({@code GB-ENG}, {@code GB-SCT}, {@code GB-WLS},
 *       {@code GB-NIR}; {@link LicensingRegime#issuedBy}), one recorded as issued by {@code GB}
 *       or by any other subdivision (a council area such as {@code GB-LND}) counts nowhere, and a
 *       client recorded at a lower level than the nation is not covered by any nation's
 *       licence.</li>
 *   <li>Switzerland: practising psychotherapy, medicine and nursing on one's own professional
 *       responsibility needs the authorisation of the canton where one practises (Psychology
 *       Professions Act, PsyG, SR 935.81, Art. 22; Medical Professions Act, MedBG, SR 811.11,
 *       Art. 34; Health Professions Act, GesBG, SR 811.21, Art. 11;
 *       https://www.fedlex.admin.ch): a cantonal licence ({@code CH-GE}) counts in that canton,
 *       one recorded as issued by {@code CH} or by a code that is not one of the 26 cantons counts
 *       nowhere.</li>
 * </ul>
 * Everywhere else, and for the disciplines these entries do not list, a licence counts wherever its
 * issuer covers ({@link LicensingLevel#ISSUER}): a licence recorded as issued by a country counts
 * in all of it. That is right for a country that licenses nationally (Germany's Approbation under
 * the Psychotherapeutengesetz, New Zealand's registration under the HPCA Act 2003) and wrong for
 * one that licenses by region; add such a country's regime with {@link #with}. Counselling in
 * Australia (not regulated by statute) is left at that default.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LicensingPolicy {

  private static final LicensingPolicy EMPTY = new LicensingPolicy(Map.of());
  private static final LicensingPolicy DEFAULTS = buildDefaults();

  /** Regimes by ISO 3166-1 country code, then discipline. */
  private final Map<String, Map<Discipline, LicensingRegime>> regimes;

  private LicensingPolicy(Map<String, Map<Discipline, LicensingRegime>> regimes) {
    this.regimes = regimes;
  }

  /**
   * Returns the policy the library ships, described on this class.
   *
   * @return the policy, never null
   */
  public static LicensingPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a policy with no entries: every licence counts wherever its issuer covers, and no
   * register counts.
   *
   * @return the policy, never null
   */
  public static LicensingPolicy empty() {
    return EMPTY;
  }

  /**
   * Returns a policy like this one with one country's regime for one discipline replaced.
   *
   * @param country the country, a country-level jurisdiction such as {@code GB}, never null
   * @param discipline the discipline, never null
   * @param regime the regime, never null
   * @return the new policy, never null
   * @throws IllegalArgumentException if the jurisdiction is a subdivision, or the regime names an
   *     issuing subdivision of another country
   */
  public LicensingPolicy with(Jurisdiction country, Discipline discipline, LicensingRegime regime) {
    Checks.require(country.subdivisionCode().isEmpty(), "country",
        "must be a country: licensing regimes are set per country");
    Objects.requireNonNull(regime, "regime");
    for (Jurisdiction issuer : regime.issuers()) {
      // an issuer of another country would never meet a client of this one: a silent no-op
      Checks.require(issuer.countryCode().equals(country.countryCode()), "regime.issuers",
          "must be subdivisions of the country the regime is set for");
    }
    Map<String, Map<Discipline, LicensingRegime>> copy = new HashMap<>();
    for (Map.Entry<String, Map<Discipline, LicensingRegime>> entry : regimes.entrySet()) {
      copy.put(entry.getKey(), new EnumMap<>(entry.getValue()));
    }
    copy.computeIfAbsent(country.countryCode(), c -> new EnumMap<>(Discipline.class))
        .put(discipline, Objects.requireNonNull(regime, "regime"));
    return new LicensingPolicy(Map.copyOf(copy));
  }

  /**
   * Returns a policy like this one with one country's regime replaced for every discipline.
   *
   * @param country the country, never null
   * @param regime the regime, never null
   * @return the new policy, never null
   * @throws IllegalArgumentException if the jurisdiction is a subdivision
   */
  public LicensingPolicy with(Jurisdiction country, LicensingRegime regime) {
    LicensingPolicy policy = this;
    for (Discipline discipline : Discipline.values()) {
      policy = policy.with(country, discipline, regime);
    }
    return policy;
  }

  /**
   * Returns the regime for a discipline in the country of a place.
   *
   * @param place any jurisdiction of the country, never null
   * @param discipline the discipline, never null
   * @return the regime, {@link LicensingRegime#issuerLevel()} where the policy has none
   */
  public LicensingRegime regime(Jurisdiction place, Discipline discipline) {
    Map<Discipline, LicensingRegime> country = regimes.get(place.countryCode());
    LicensingRegime regime = country == null ? null : country.get(discipline);
    return regime == null ? LicensingRegime.issuerLevel() : regime;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LicensingPolicy policy && policy.regimes.equals(regimes);
  }

  @Override
  public int hashCode() {
    return regimes.hashCode();
  }

  @Override
  public String toString() {
    return "LicensingPolicy{" + new TreeSet<>(regimes.keySet()) + "}";
  }

  private static Set<Jurisdiction> subdivisions(String country, String... codes) {
    Set<Jurisdiction> subdivisions = new HashSet<>();
    for (String code : codes) {
      subdivisions.add(Jurisdiction.parse(country + "-" + code));
    }
    return subdivisions;
  }

  private static LicensingPolicy buildDefaults() {
    LicensingRegime states = LicensingRegime.of(LicensingLevel.SUBDIVISION, Set.of(),
        "https://www.asppb.net; https://www.fsmb.org; https://www.ncsbn.org");
    LicensingRegime provinces = LicensingRegime.of(LicensingLevel.SUBDIVISION, Set.of(),
        "https://www.asppb.net; https://www.ccpa-accp.ca/profession/regulation/");
    LicensingRegime ukRegisters = LicensingRegime.of(LicensingLevel.NONE,
        Set.of(StandardRegisters.COSRT.id(), StandardRegisters.BACP.id(),
            StandardRegisters.UKCP.id()),
        "https://www.professionalstandards.org.uk/what-we-do/accredited-registers");
    LicensingRegime hcpc = LicensingRegime.of(LicensingLevel.NONE,
        Set.of(StandardRegisters.HCPC.id()),
        "https://www.hcpc-uk.org/about-us/who-we-regulate/the-professions/");
    LicensingRegime gmc = LicensingRegime.of(LicensingLevel.COUNTRY, Set.of(),
        "https://www.gmc-uk.org/registration-and-licensing");
    LicensingRegime nmc = LicensingRegime.of(LicensingLevel.COUNTRY, Set.of(),
        "https://www.nmc.org.uk");
    LicensingRegime ahpraPsychology = LicensingRegime.of(LicensingLevel.COUNTRY,
        Set.of(StandardRegisters.AHPRA_PSYCHOLOGY.id()),
        "https://www.psychologyboard.gov.au/registration.aspx");
    LicensingRegime ahpra = LicensingRegime.of(LicensingLevel.COUNTRY, Set.of(),
        "https://www.ahpra.gov.au");
    LicensingRegime ukNations = LicensingRegime.issuedBy(
        subdivisions("GB", "ENG", "SCT", "WLS", "NIR"), Set.of(),
        "https://www.socialworkengland.org.uk; https://www.sssc.uk.com; https://socialcare.wales;"
            + " https://niscc.info");
    // The 26 cantons, ISO 3166-2:CH.
    LicensingRegime cantons = LicensingRegime.issuedBy(subdivisions("CH", "AG", "AI", "AR", "BE",
            "BL", "BS", "FR", "GE", "GL", "GR", "JU", "LU", "NE", "NW", "OW", "SG", "SH", "SO",
            "SZ", "TG", "TI", "UR", "VD", "VS", "ZG", "ZH"), Set.of(),
        "PsyG (SR 935.81) Art. 22, MedBG (SR 811.11) Art. 34, GesBG (SR 811.21) Art. 11,"
            + " https://www.fedlex.admin.ch");
    Jurisdiction gb = Jurisdiction.country("GB");
    Jurisdiction au = Jurisdiction.country("AU");
    Jurisdiction ch = Jurisdiction.country("CH");
    return EMPTY.with(Jurisdiction.country("US"), states)
        .with(Jurisdiction.country("CA"), provinces)
        .with(gb, Discipline.COUNSELLING, ukRegisters)
        .with(gb, Discipline.MARRIAGE_AND_FAMILY_THERAPY, ukRegisters)
        .with(gb, Discipline.OTHER, ukRegisters)
        .with(gb, Discipline.PSYCHOLOGY, hcpc)
        .with(gb, Discipline.MEDICINE, gmc)
        .with(gb, Discipline.PSYCHIATRY, gmc)
        .with(gb, Discipline.NURSING, nmc)
        .with(gb, Discipline.REGISTERED_NURSING, nmc)
        .with(gb, Discipline.SOCIAL_WORK, ukNations)
        .with(ch, Discipline.PSYCHOLOGY, cantons)
        .with(ch, Discipline.MEDICINE, cantons)
        .with(ch, Discipline.PSYCHIATRY, cantons)
        .with(ch, Discipline.NURSING, cantons)
        .with(ch, Discipline.REGISTERED_NURSING, cantons)
        .with(au, Discipline.PSYCHOLOGY, ahpraPsychology)
        .with(au, Discipline.MEDICINE, ahpra)
        .with(au, Discipline.PSYCHIATRY, ahpra)
        .with(au, Discipline.NURSING, ahpra)
        .with(au, Discipline.REGISTERED_NURSING, ahpra);
  }
}
