package org.sextherapy.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.sextherapy.InvalidValueException;

class CredentialTest {

  @Test
  void sameTitleFromDifferentIssuersIsADifferentCredential() {
    Credential ownCst = Credential.builder().issuer(CertifyingBody.of("OTHER-BOARD", "Other Board"))
        .id("CST").title("Certified Sex Therapist").kind(CredentialKind.SEX_THERAPIST).build();

    assertThat(ownCst).isNotEqualTo(StandardCredentials.AASECT_CST);
    assertThat(ownCst.qualifiedId()).isEqualTo("OTHER-BOARD-CST");
    assertThat(StandardCredentials.AASECT_CST.qualifiedId()).isEqualTo("AASECT-CST");
    assertThat(ownCst).hasToString("Credential{OTHER-BOARD-CST}");
  }

  @Test
  void aasectSupervisorCredentialRestsOnTheCst() {
    assertThat(StandardCredentials.AASECT_CST_SUPERVISOR.requiresCurrent())
        .contains(StandardCredentials.AASECT_CST);
    assertThat(StandardCredentials.AASECT_CST.requiresCurrent()).isEmpty();
    assertThat(StandardCredentials.AASECT_CST_SUPERVISOR.kind())
        .isEqualTo(CredentialKind.SUPERVISOR);
  }

  @Test
  void aasectCertifiesFourDisciplinesEveryThreeYearsWithTwentyCreditsAndMembership() {
    assertThat(StandardCredentials.credentials())
        .filteredOn(c -> c.issuer().equals(StandardCredentials.AASECT))
        .extracting(Credential::id).containsExactly("CST", "CSC", "CSE", "CST-S");
    assertThat(StandardCredentials.AASECT.renewalRule())
        .contains(RenewalRule.of(Period.ofYears(3), 20, true));
  }

  @Test
  void standardCredentialsAreFoundByQualifiedId() {
    assertThat(StandardCredentials.find("AASECT-CST")).contains(StandardCredentials.AASECT_CST);
    assertThat(StandardCredentials.find("EFS-ESSM-ECPS")).contains(StandardCredentials.EFS_ESSM_ECPS);
    assertThat(StandardCredentials.find("ISSWSH-FELLOW"))
        .contains(StandardCredentials.ISSWSH_FELLOW);
    assertThat(StandardCredentials.find("COSRT-ACCREDITED"))
        .contains(StandardCredentials.COSRT_ACCREDITED);
    assertThat(StandardCredentials.find("AASECT-cst")).isEmpty();
    assertThat(StandardCredentials.credentials()).extracting(Credential::qualifiedId)
        .doesNotHaveDuplicates();
    assertThat(StandardCredentials.bodies()).extracting(CertifyingBody::id)
        .doesNotHaveDuplicates().contains("AASECT", "ABS", "EFS-ESSM", "ISSWSH", "COSRT");
  }

  @Test
  void theAddictionModelCredentialsAreKeptApartFromSexTherapy() {
    assertThat(StandardCredentials.IITAP_CSAT.kind())
        .isEqualTo(CredentialKind.PROBLEMATIC_SEXUAL_BEHAVIOUR);
    assertThat(StandardCredentials.SASH_CPSBT.kind())
        .isEqualTo(CredentialKind.PROBLEMATIC_SEXUAL_BEHAVIOUR);
  }

  @Test
  void malformedCredentialIdIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Credential.builder().issuer(StandardCredentials.ABS).id("C S")
            .title("Certified Sexologist").kind(CredentialKind.SEXOLOGIST).build())
        .withMessageStartingWith("id ");
  }

  @Test
  void blankCredentialTitleIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Credential.builder().issuer(StandardCredentials.ABS).id("CS")
            .title("\t").kind(CredentialKind.SEXOLOGIST).build())
        .withMessageStartingWith("title ");
  }

  @Test
  void credentialWithoutIssuerCannotBeBuilt() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Credential.builder().id("CS").title("Certified Sexologist")
            .kind(CredentialKind.SEXOLOGIST).build())
        .withMessageContaining("issuer");
  }

  @Test
  void malformedIssuerIdIsRejectedNamingTheField() {
    assertThatIllegalArgumentException().isThrownBy(() -> CertifyingBody.of("-AASECT", "Name"))
        .withMessageStartingWith("id ");
    assertThatIllegalArgumentException().isThrownBy(() -> CertifyingBody.of("A".repeat(129), "N"))
        .withMessageStartingWith("id ");
    assertThat(CertifyingBody.of("A".repeat(128), "Name").id()).hasSize(128);
  }

  @Test
  void blankIssuerNameIsRejectedNamingTheField() {
    assertThatIllegalArgumentException().isThrownBy(() -> CertifyingBody.of("ABS", " "))
        .withMessageStartingWith("name ");
  }

  @Test
  void issuerShowsItsIdOnly() {
    assertThat(StandardCredentials.AASECT).hasToString("CertifyingBody{AASECT}");
  }

  @Test
  void renewalCycleMustBePositiveNamingTheField() {
    assertThatIllegalArgumentException().isThrownBy(() -> RenewalRule.of(Period.ZERO, 20, true))
        .withMessageStartingWith("cycle ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RenewalRule.of(Period.ofYears(-3), 20, true))
        .withMessageStartingWith("cycle ");
  }

  @Test
  void renewalCreditsMustNotBeNegativeNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RenewalRule.of(Period.ofYears(3), -1, true))
        .withMessageStartingWith("requiredCeCredits ");
    assertThat(RenewalRule.of(Period.ofYears(1), 0, true).requiredCeCredits()).isZero();
  }
}
