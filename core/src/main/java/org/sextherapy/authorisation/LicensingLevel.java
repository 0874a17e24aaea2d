package org.sextherapy.authorisation;

import org.sextherapy.Identified;

/** At which level a country licenses a discipline, which decides which licences count there. */
public enum LicensingLevel implements Identified {
  /**
   * Each state, province, nation or canton licenses (the United States, Canada, social work in the
   * UK's nations, Switzerland's cantons): only a licence issued by the subdivision where the client
   * is counts; a licence recorded at country level counts nowhere.
   */
  SUBDIVISION("subdivision"),
  /**
   * The country licenses or registers nationally (Australia's Ahpra, the UK's GMC and NMC): a
   * licence issued by the country counts anywhere in it, and one recorded as issued by a state or
   * nation counts nowhere, since none issues one (Australia's state boards were replaced by the
   * National Scheme on 1 July 2010, https://ahpra.gov.au/About-Ahpra/What-We-Do/FAQ.aspx).
   */
  COUNTRY("country"),
  /**
   * There is no statutory licence (counselling and psychotherapy in the UK): no licence counts, only
   * the registers the regime names.
   */
  NONE("none"),
  /**
   * The policy does not know: a licence counts wherever its issuing jurisdiction
   * {@linkplain org.sextherapy.location.Jurisdiction#covers covers} the client's place.
   */
  ISSUER("issuer");

  private final String id;

  LicensingLevel(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
