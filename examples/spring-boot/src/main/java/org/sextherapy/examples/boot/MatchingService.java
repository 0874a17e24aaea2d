package org.sextherapy.examples.boot;

import java.time.LocalDate;
import org.sextherapy.examples.sample.SampleDirectory;
import org.sextherapy.jackson3.SexTherapyModule;
import org.sextherapy.matching.TherapistDirectory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JacksonModule;

/**
 * A Spring Boot 4 web service that matches a client request against a therapist directory:
 * {@code POST /match} with a client request in the library's wire format answers with a match
 * result in the wire format ({@link MatchController}).
 *
 * <p>The Jackson 3 module is registered the way Boot users register modules: a
 * {@link JacksonModule} bean, which Boot adds to the {@code JsonMapper} it builds for Spring MVC.
 * The sample directory stands in for an application's own, loaded from its database or from a
 * directory file ({@code JsonCodec.stream}).
 */
@SpringBootApplication
public class MatchingService {

  /**
   * Starts the service.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(MatchingService.class, args);
  }

  /**
   * The sextherapy wire format for Spring MVC's JSON: a module bean is all Boot needs.
   *
   * @return the module with its default options
   */
  @Bean
  public JacksonModule sexTherapyModule() {
    return new SexTherapyModule();
  }

  /**
   * The directory requests are matched against, compiled once.
   *
   * @return the seeded sample directory
   */
  @Bean
  public TherapistDirectory therapistDirectory() {
    return TherapistDirectory.of(SampleDirectory.generate());
  }

  /**
   * The date licences and certifications are judged on: the sample directory's date, so that the
   * example gives the same answers whenever it runs.
   *
   * @return the session date
   */
  @Bean
  public LocalDate sessionDate() {
    return SampleDirectory.AS_OF;
  }
}
