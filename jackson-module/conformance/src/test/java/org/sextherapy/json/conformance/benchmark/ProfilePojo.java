package org.sextherapy.json.conformance.benchmark;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's baseline: a mutable class with public fields that plain Jackson databinding
 * maps to and from the same JSON as a therapist profile (dates and ids as strings, the fee as a
 * {@code BigDecimal}), with no validation; absent values are left out, as the module does. Not
 * part of the library.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ProfilePojo {
  public String id;
  public String displayName;
  public String pronouns;
  public List<String> languages = new ArrayList<>();
  public List<ExpertisePojo> expertise = new ArrayList<>();
  public List<String> populations = new ArrayList<>();
  public List<String> formats = new ArrayList<>();
  public List<String> deliveries = new ArrayList<>();
  public List<LocationPojo> locations = new ArrayList<>();
  public List<DegreePojo> degrees = new ArrayList<>();
  public List<LicencePojo> licences = new ArrayList<>();
  public List<LicencePojo> compactPrivileges = new ArrayList<>();
  public List<Object> registrations = new ArrayList<>();
  public List<Object> outcomes = new ArrayList<>();
  public List<Object> practiceCompetence = new ArrayList<>();
  public List<CertificationPojo> certifications = new ArrayList<>();
  public List<ReferencePojo> modalities = new ArrayList<>();
  public FeesPojo fees;
  public List<Object> networks = new ArrayList<>();
  public boolean acceptingNewClients;
  public int openCapacity;
  public String availabilityConfirmedAt;

  /** Expertise in a concern. */
  public static class ExpertisePojo {
    public String concern;
    public String level;
  }

  /** A practice location. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class LocationPojo {
    public String jurisdiction;
    public CoordinatesPojo coordinates;
    public List<String> networks = new ArrayList<>();
    public List<String> access = new ArrayList<>();
    public List<String> signLanguages = new ArrayList<>();
  }

  /** Coordinates. */
  public static class CoordinatesPojo {
    public double latitude;
    public double longitude;
  }

  /** A degree. */
  public static class DegreePojo {
    public String level;
    public String title;
    public boolean clinical;
  }

  /** A licence. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class LicencePojo {
    public String discipline;
    public String jurisdiction;
    public String number;
    public String status;
    public String validFrom;
    public String validUntil;
  }

  /** A certification. */
  public static class CertificationPojo {
    public ReferencePojo credential;
    public String issued;
    public int ceCreditsEarned;
    public boolean membershipCurrent;
  }

  /** A catalogue reference. */
  public static class ReferencePojo {
    public String ref;
  }

  /** Fees. */
  public static class FeesPojo {
    public String currency;
    public List<SessionFeePojo> sessionFees = new ArrayList<>();
    public boolean superbills;
  }

  /** The fee of one session format and length. */
  public static class SessionFeePojo {
    public String format;
    public int minutes;
    public BigDecimal amount;
  }
}
