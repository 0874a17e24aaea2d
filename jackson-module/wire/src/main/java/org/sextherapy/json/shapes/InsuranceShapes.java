package org.sextherapy.json.shapes;

import static org.sextherapy.json.engine.ScalarShapes.BOOLEAN;
import static org.sextherapy.json.engine.ScalarShapes.ID;
import static org.sextherapy.json.engine.ScalarShapes.NETWORK_ID;
import static org.sextherapy.json.engine.ScalarShapes.PLAN_ID;

import java.util.Set;
import org.sextherapy.insurance.Coverage;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.insurance.PatientAcceptance;
import org.sextherapy.insurance.Payer;
import org.sextherapy.insurance.PayerKind;
import org.sextherapy.insurance.PlanId;
import org.sextherapy.json.engine.EnumShape;
import org.sextherapy.json.engine.ObjectShape;
import org.sextherapy.json.engine.ObjectShape.Property;
import org.sextherapy.json.engine.ObjectShape.Values;

/** Wire forms of {@code org.sextherapy.insurance}. */
final class InsuranceShapes {

  /** {@code {"id": "acme-health", "kind": "commercial"}}. */
  static final ObjectShape<Payer> PAYER = new ObjectShape<Payer>("Payer") {
    final Property<Payer, String> id = required("id", ID, Payer::id);
    final Property<Payer, PayerKind> kind =
        required("kind", EnumShape.of(PayerKind.class), Payer::kind);

    @Override
    protected Payer create(Values v) {
      return Payer.of(v.get(id), v.get(kind));
    }
  }.seal();

  /**
   * {@code {"payer": {...}, "network": "acme-ppo", "plans": ["gold"], "acceptance": "accepting",
   * "telehealth": true}}.
   */
  static final ObjectShape<NetworkParticipation> NETWORK_PARTICIPATION =
      new ObjectShape<NetworkParticipation>("NetworkParticipation") {
        final Property<NetworkParticipation, Payer> payer =
            required("payer", PAYER, NetworkParticipation::payer);
        final Property<NetworkParticipation, NetworkId> network =
            required("network", NETWORK_ID, NetworkParticipation::network);
        final Property<NetworkParticipation, Set<PlanId>> plans =
            set("plans", PLAN_ID, NetworkParticipation.MAX_PLANS, NetworkParticipation::plans);
        final Property<NetworkParticipation, PatientAcceptance> acceptance = optional(
            "acceptance", EnumShape.of(PatientAcceptance.class), NetworkParticipation::acceptance);
        final Property<NetworkParticipation, Boolean> telehealth =
            defaulted("telehealth", BOOLEAN, NetworkParticipation::telehealth);

        @Override
        protected NetworkParticipation create(Values v) {
          NetworkParticipation.Builder b = NetworkParticipation.builder().payer(v.get(payer))
              .network(v.get(network)).addAllPlans(v.set(plans));
          Boolean telehealthValue = v.orNull(telehealth);
          if (telehealthValue != null) {
            b.telehealth(telehealthValue);
          }
          PatientAcceptance acceptanceValue = v.orNull(acceptance);
          if (acceptanceValue != null) {
            b.acceptance(acceptanceValue);
          }
          return b.build();
        }
      }.seal();

  /** {@code {"payer": {...}, "plan": "gold", "networks": ["acme-ppo"]}}. */
  static final ObjectShape<Coverage> COVERAGE = new ObjectShape<Coverage>("Coverage") {
    final Property<Coverage, Payer> payer = required("payer", PAYER, Coverage::payer);
    final Property<Coverage, PlanId> plan = optional("plan", PLAN_ID, Coverage::plan);
    final Property<Coverage, Set<NetworkId>> networks =
        set("networks", NETWORK_ID, Coverage.MAX_NETWORKS, Coverage::networks);

    @Override
    protected Coverage create(Values v) {
      Coverage.Builder b = Coverage.builder().payer(v.get(payer)).addAllNetworks(v.set(networks));
      PlanId planValue = v.orNull(plan);
      if (planValue != null) {
        b.plan(planValue);
      }
      return b.build();
    }
  }.seal();

  private InsuranceShapes() {}
}
