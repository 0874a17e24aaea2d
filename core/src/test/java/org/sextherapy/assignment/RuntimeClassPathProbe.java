package org.sextherapy.assignment;

import java.util.ArrayList;
import java.util.List;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Runs one optimal assignment (the minimum-cost flow through JGraphT) and prints its counts; run
 * by {@link RuntimeClassPathTest} in a JVM whose class path is exactly core's declared runtime
 * dependencies, so a class that a trimmed transitive dependency would have supplied fails it.
 */
final class RuntimeClassPathProbe {

  private RuntimeClassPathProbe() {}

  public static void main(String[] args) {
    RandomValues random = new RandomValues(Long.parseLong(args[0]));
    List<TherapistProfile> therapists = new ArrayList<>();
    for (TherapistProfile p : random.profiles(80)) {
      therapists.add(random.withAvailability(p, true, 1 + random.nextInt(3)));
    }
    List<ClientRequest> waiting = random.waitingList(therapists, 300);
    Assignment assignment = CaseloadAssigner.standard().assign(waiting, therapists,
        RandomValues.TODAY);
    System.out.println("optimal=" + assignment.optimal() + " assigned="
        + assignment.assignedCount() + " unassigned=" + assignment.unassignedCount());
  }
}
