package org.sextherapy.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's instance validator against the base FHIR R4 definitions, built once for all tests: its
 * start-up (loading every R4 StructureDefinition and ValueSet) takes seconds.
 */
final class R4Validator {

  private static final FhirValidator VALIDATOR = create();

  private R4Validator() {}

  private static FhirValidator create() {
    FhirContext context = FhirContext.forR4Cached();
    ValidationSupportChain chain = new ValidationSupportChain(
        new DefaultProfileValidationSupport(context),
        new InMemoryTerminologyServerValidationSupport(context),
        new CommonCodeSystemsTerminologyService(context));
    FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
    instanceValidator.setAnyExtensionsAllowed(true);
    FhirValidator validator = context.newValidator();
    validator.registerValidatorModule(instanceValidator);
    return validator;
  }

  /** Returns the validator's messages of warning severity or worse. */
  static List<SingleValidationMessage> problems(IBaseResource resource) {
    return VALIDATOR.validateWithResult(resource).getMessages().stream()
        .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.WARNING.ordinal())
        .toList();
  }

  /** Returns every message, information included. */
  static List<SingleValidationMessage> all(IBaseResource resource) {
    return VALIDATOR.validateWithResult(resource).getMessages();
  }
}
