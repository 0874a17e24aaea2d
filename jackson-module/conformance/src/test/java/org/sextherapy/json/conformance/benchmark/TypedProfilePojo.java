package org.sextherapy.json.conformance.benchmark;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's second, fairer baseline: the same JSON as a therapist profile bound by plain
 * Jackson databinding to a mutable class that uses the model's own kinds of values (dates as
 * {@code LocalDate} through the JSR-310 support, languages as {@code Locale}, the currency as
 * {@code Currency}, enumerated values as enums, the fee as {@code BigDecimal}), with no
 * validation. The enums are the POJO's own, named by the wire format's ids. Not part of the
 * library.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TypedProfilePojo {
  public String id;
  public String displayName;
  public String pronouns;
  public List<Locale> languages = new ArrayList<>();
  public List<ExpertisePojo> expertise = new ArrayList<>();
  public List<Population> populations = new ArrayList<>();
  public List<Format> formats = new ArrayList<>();
  public List<Delivery> deliveries = new ArrayList<>();
  public List<ProfilePojo.LocationPojo> locations = new ArrayList<>();
  public List<ProfilePojo.DegreePojo> degrees = new ArrayList<>();
  public List<LicencePojo> licences = new ArrayList<>();
  public List<LicencePojo> compactPrivileges = new ArrayList<>();
  public List<Object> registrations = new ArrayList<>();
  public List<Object> outcomes = new ArrayList<>();
  public List<Object> practiceCompetence = new ArrayList<>();
  public List<ProfilePojo.CertificationPojo> certifications = new ArrayList<>();
  public List<ProfilePojo.ReferencePojo> modalities = new ArrayList<>();
  public FeesPojo fees;
  public List<Object> networks = new ArrayList<>();
  public boolean acceptingNewClients;
  public int openCapacity;
  public Instant availabilityConfirmedAt;

  /** Expertise in a concern. */
  public static class ExpertisePojo {
    public String concern;
    public Level level;
  }

  /** A licence. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class LicencePojo {
    public Discipline discipline;
    public String jurisdiction;
    public String number;
    public Status status;
    public LocalDate validFrom;
    public LocalDate validUntil;
  }

  /** Fees. */
  public static class FeesPojo {
    public Currency currency;
    public List<SessionFeePojo> sessionFees = new ArrayList<>();
    public boolean superbills;
  }

  /** The fee of one session format and length. */
  public static class SessionFeePojo {
    public Format format;
    public int minutes;
    public BigDecimal amount;
  }

  /** Expertise levels. */
  public enum Level {
    @JsonProperty("specialist") SPECIALIST,
    @JsonProperty("experienced") EXPERIENCED
  }

  /** Populations. */
  public enum Population {
    @JsonProperty("adults") ADULTS,
    @JsonProperty("couples") COUPLES,
    @JsonProperty("lgbtq") LGBTQ
  }

  /** Session formats. */
  public enum Format {
    @JsonProperty("individual") INDIVIDUAL,
    @JsonProperty("couple") COUPLE
  }

  /** Deliveries. */
  public enum Delivery {
    @JsonProperty("in-person") IN_PERSON,
    @JsonProperty("video") VIDEO
  }

  /** Disciplines. */
  public enum Discipline {
    @JsonProperty("psychology") PSYCHOLOGY,
    @JsonProperty("counselling") COUNSELLING
  }

  /** Licence statuses. */
  public enum Status {
    @JsonProperty("active") ACTIVE,
    @JsonProperty("expired") EXPIRED
  }
}
