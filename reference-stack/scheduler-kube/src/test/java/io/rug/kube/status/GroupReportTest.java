package io.rug.kube.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.rug.kube.model.PodGroupInfo;
import io.rug.scheduler.core.GangStatus;
import io.rug.scheduler.core.Resources;
import org.junit.jupiter.api.Test;

class GroupReportTest {
  private final PodGroupInfo group =
      new PodGroupInfo(
          "ns", "mpi", PodGroupInfo.Flavour.VOLCANO, 8, "default", null, Resources.ZERO, 0);

  @Test
  void aGangMissingMembersIsPending() {
    var s = GroupReport.state(group, 0, 0, 3, null, null, 0);
    assertThat(s.phase()).isEqualTo(GroupState.PENDING);
    assertThat(s.message()).contains("3/8");
  }

  @Test
  void aCompleteGangThatDoesNotFitIsUnschedulableWithTheCoresReason() {
    var gang =
        new GangStatus(
            "default/ns/mpi",
            8,
            0,
            0,
            3,
            GangStatus.State.WAITING,
            "gang 3/8 placeable: insufficient nvidia.com/gpu on 12 nodes");
    var s = GroupReport.state(group, 0, 0, 8, gang, null, 0);
    assertThat(s.phase()).isEqualTo(GroupState.UNSCHEDULABLE);
    assertThat(s.message()).contains("insufficient nvidia.com/gpu");
  }

  @Test
  void aPartlyBoundGangSaysSoAndNamesTheFailedMembers() {
    var s = GroupReport.state(group, 5, 0, 3, null, "ns/mpi-6 (HTTP 500)", 0);
    assertThat(s.phase()).isEqualTo(GroupState.INQUEUE);
    assertThat(s.reason()).isEqualTo("PartiallyBound");
    assertThat(s.message()).contains("5/8", "ns/mpi-6");
  }

  @Test
  void aGangWithMinMemberBoundIsRunning() {
    assertThat(GroupReport.state(group, 8, 0, 0, null, null, 0).phase())
        .isEqualTo(GroupState.RUNNING);
  }

  @Test
  void aSchedulerPluginsGroupWaitingPastItsTimeoutSaysSo() {
    var plugins =
        new PodGroupInfo(
            "ns", "web", PodGroupInfo.Flavour.PLUGINS, 3, "default", null, Resources.ZERO, 10);
    var s = GroupReport.state(plugins, 0, 0, 3, null, null, 11_000);
    assertThat(s.phase()).isEqualTo(GroupState.UNSCHEDULABLE);
    assertThat(s.reason()).isEqualTo("Timeout");
    assertThat(s.message()).contains("scheduleTimeoutSeconds 10");
    assertThat(GroupReport.state(plugins, 0, 0, 3, null, null, 9_000).reason())
        .isNotEqualTo("Timeout");
  }

  @Test
  void aGangDecidedThisCycleIsInqueueWhileItsMembersAreBound() {
    var s = GroupReport.state(group, 0, 8, 0, null, null, 0);
    assertThat(s.phase()).isEqualTo(GroupState.INQUEUE);
    assertThat(s.reason()).isEqualTo("Binding");
  }
}
