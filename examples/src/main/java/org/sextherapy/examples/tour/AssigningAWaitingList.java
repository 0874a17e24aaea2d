package org.sextherapy.examples.tour;

import java.io.PrintStream;
import org.sextherapy.assignment.Assignment;
import org.sextherapy.assignment.AssignmentPolicy;
import org.sextherapy.assignment.CaseloadAssigner;
import org.sextherapy.assignment.Placement;
import org.sextherapy.examples.sample.SampleData;
import org.sextherapy.examples.sample.SampleDirectory;
import org.sextherapy.examples.sample.SampleRequests;

/**
 * Tour, step 5: batch assignment. A clinic's waiting list is placed with therapists' open places so
 * that the total match score is as high as possible (a min-cost flow), with waiting time raising a
 * client's priority; anyone left waiting is told why.
 */
public final class AssigningAWaitingList {

  private AssigningAWaitingList() {}

  /**
   * Runs this step of the tour.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Assigns the sample requests to the sample directory and prints each placement.
   *
   * @param out where to print, never null
   * @return the assignment, never null
   */
  public static Assignment run(PrintStream out) {
    AssignmentPolicy policy = AssignmentPolicy.builder().waitingPointsPerWeek(2).build();
    Assignment assignment = CaseloadAssigner.standard().assign(SampleRequests.all(),
        SampleData.directory(), SampleDirectory.AS_OF, policy);
    for (Placement placement : assignment.placements()) {
      out.println(placement.clientRequestId() + " -> " + placement.therapistId()
          .orElse("waiting (" + placement.unassignedReason().map(r -> r.id()).orElse("") + ")"));
    }
    out.println("total score " + assignment.totalScore() + ", optimal " + assignment.optimal());
    return assignment;
  }
}
