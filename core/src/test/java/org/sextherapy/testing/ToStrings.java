package org.sextherapy.testing;

import java.util.ArrayList;
import java.util.List;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.Participant;
import org.sextherapy.plan.PlannedSession;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/**
 * The {@code toString()} of a value and of every value nested in it, so a test can assert that no
 * client data (such as {@link RandomValues#SENTINEL}) shows in any of them.
 */
public final class ToStrings {

  private ToStrings() {}

  /** Returns the toString of a profile and of everything it holds. */
  public static List<String> of(TherapistProfile p) {
    List<String> out = new ArrayList<>();
    out.add(p.toString());
    p.gender().ifPresent(g -> out.add(g.toString()));
    p.languages().forEach(l -> out.add(l.toString()));
    p.expertise().forEach(e -> {
      out.add(e.toString());
      out.add(e.concern().toString());
    });
    p.locations().forEach(l -> out.add(l.toString()));
    p.degrees().forEach(d -> out.add(d.toString()));
    p.licences().forEach(l -> out.add(l.toString()));
    p.compactPrivileges().forEach(c -> out.add(c.toString()));
    p.certifications().forEach(c -> out.add(c.toString()));
    p.training().ifPresent(t -> out.add(t.toString()));
    p.modalities().forEach(m -> out.add(m.toString()));
    p.fees().ifPresent(f -> out.add(f.toString()));
    p.outcomes().forEach(o -> out.add(o.toString()));
    return out;
  }

  /** Returns the toString of a request and of everything it holds. */
  public static List<String> of(ClientRequest r) {
    List<String> out = new ArrayList<>();
    out.add(r.toString());
    r.participants().forEach(p -> addParticipant(p, out));
    out.add(r.sessionJurisdiction().toString());
    r.concerns().forEach(c -> {
      out.add(c.toString());
      out.add(c.concern().toString());
    });
    r.preferences().forEach(p -> out.add(p.toString()));
    return out;
  }

  /** Returns the toString of a plan and of everything it holds. */
  public static List<String> of(SessionPlan plan) {
    List<String> out = new ArrayList<>();
    out.add(plan.toString());
    plan.participants().forEach(p -> addParticipant(p, out));
    plan.schedule().ifPresent(s -> out.add(s.toString()));
    for (PlannedSession session : plan.sessions()) {
      out.add(session.toString());
      session.goals().forEach(g -> {
        out.add(g.toString());
        out.add(g.aim().toString());
      });
    }
    plan.exercises().forEach(e -> out.add(e.toString()));
    return out;
  }

  /** Returns the toString of a result, and the rule id, path and message of each violation. */
  public static List<String> of(ValidationResult result) {
    List<String> out = new ArrayList<>();
    out.add(result.toString());
    for (Violation v : result.violations()) {
      out.add(v.toString());
      out.add(v.ruleId());
      out.add(v.path());
      out.add(v.message());
    }
    return out;
  }

  private static void addParticipant(Participant p, List<String> out) {
    out.add(p.toString());
    p.gender().ifPresent(g -> out.add(g.toString()));
  }
}
