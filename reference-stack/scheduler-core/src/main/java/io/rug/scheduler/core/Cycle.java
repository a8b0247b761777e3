package io.rug.scheduler.core;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/** One scheduling cycle: order jobs fairly, place them, reserve for and preempt for the blocked. */
final class Cycle {
  private static final int CONSERVATIVE_RESERVATIONS = 16;

  private final Policy policy;
  private final ClusterSnapshot snap;
  private final ClusterState state;
  private final QueueBook book;
  private final Resources total;
  private final StarvationGuard<String> guard;
  private final RuntimePredictor<String> predictor;
  private final JobPlacer placer;
  private final List<Binding> bindings = new ArrayList<>();
  private final List<Preemption> preemptions = new ArrayList<>();
  private final Map<String, String> unschedulable = new TreeMap<>();
  private final List<GangStatus> gangs = new ArrayList<>();
  private final List<CycleResult.Reservation> reservations = new ArrayList<>();

  /** Nodes held by reservations planned from estimates / from predicted runtimes. */
  private final Reserved byEstimate = new Reserved(), byPrediction = new Reserved();

  private boolean preempted;
  private Map<String, Integer> urgentRank = Map.of();
  private int urgentReservations, otherReservations;

  /** {@code guard}: the scheduler's starvation guard, or {@code null} when the policy has none. */
  Cycle(
      Policy policy,
      ClusterSnapshot snap,
      StarvationGuard<String> guard,
      RuntimePredictor<String> predictor) {
    this.policy = policy;
    this.predictor = predictor;
    this.snap = snap;
    this.guard = guard;
    this.state = new ClusterState(snap.nodes());
    Resources sum = Resources.ZERO;
    for (Node n : snap.nodes()) sum = sum.plus(n.allocatable());
    this.total = sum;
    this.book = new QueueBook(snap.queues(), total);
    FragmentationModel frag = new FragmentationModel();
    snap.pending().forEach(frag::observe);
    snap.running().forEach(p -> frag.observe(p.pod()));
    this.placer = new JobPlacer(new NodeScorer(policy, frag), policy.topologyLabel());
  }

  CycleResult run() {
    Map<String, Integer> runningByGroup = new HashMap<>();
    for (Placement p : snap.running()) {
      int n = state.indexOf(p.node());
      if (n >= 0) state.place(p.pod(), n, ClusterState.unboxed(p.gpuIndices()));
      book.charge(p.pod(), +1);
      runningByGroup.merge(p.pod().groupKey(), 1, Integer::sum);
    }
    Map<String, List<Pod>> groups = new LinkedHashMap<>();
    snap.pending().stream()
        .sorted(Comparator.comparing(Pod::id))
        .forEach(p -> groups.computeIfAbsent(p.groupKey(), k -> new ArrayList<>()).add(p));
    List<Job> jobs = new ArrayList<>(groups.size());
    groups.forEach((k, pods) -> jobs.add(Job.of(k, pods, runningByGroup.getOrDefault(k, 0))));
    if (guard != null) urgentRank = urgentRanks(jobs);
    JobOrder order = new JobOrder(book, policy.ordering(), snap.nowMillis(), urgentRank, predictor);
    jobs.forEach(order::add);
    for (Job job = order.next(); job != null; job = order.next()) schedule(job);
    return new CycleResult(bindings, preemptions, unschedulable, gangs, reservations);
  }

  /** Asks the guard which waiting jobs are past their deadline: key to place in deadline order. */
  private Map<String, Integer> urgentRanks(List<Job> jobs) {
    List<StarvationGuard.Work<String>> running = new ArrayList<>(snap.running().size());
    for (Placement p : snap.running()) {
      Pod pod = p.pod();
      running.add(
          new StarvationGuard.Work<>(
              pod.id(),
              pod.request().dominantShare(total),
              p.startedAtMillis(),
              pod.runtimeEstimateMillis()));
    }
    List<StarvationGuard.Work<String>> waiting = new ArrayList<>(jobs.size());
    jobs.stream()
        .sorted(Comparator.comparingLong(Job::submitted).thenComparing(Job::key))
        .forEach(
            j ->
                waiting.add(
                    new StarvationGuard.Work<>(
                        j.key(),
                        j.request().dominantShare(total),
                        j.submitted(),
                        j.estimateMillis())));
    List<String> urgent = guard.update(snap.nowMillis(), running, waiting);
    Map<String, Integer> rank = new HashMap<>(urgent.size() * 2);
    for (int i = 0; i < urgent.size(); i++) rank.put(urgent.get(i), i);
    return rank;
  }

  private void schedule(Job job) {
    String cap = book.capabilityBlock(job.head().queue(), job.request());
    if (cap != null) {
      block(job, cap, 0);
      return;
    }
    long est = job.estimateMillis();
    long now = snap.nowMillis();
    BitSet forbidden =
        Reserved.forbidden(
            byEstimate.forbiddenFor(est > 0 ? now + est : Long.MAX_VALUE),
            byPrediction.forbiddenFor(est > 0 ? now + predicted(job) : Long.MAX_VALUE));
    JobPlacer.Outcome out = placer.place(state, job, forbidden);
    if (out.ok()) {
      for (JobPlacer.Placed p : out.placed()) {
        bindings.add(
            new Binding(
                p.pod().id(), state.nodes.get(p.node()).name(), ClusterState.boxed(p.gpus())));
        book.charge(p.pod(), +1);
      }
      for (Pod p : job.members()) {
        if (out.placed().stream().noneMatch(x -> x.pod() == p)) {
          unschedulable.put(
              p.id(), "waiting: gang minMember reached, no room for this extra member");
        }
      }
      if (job.gang()) {
        gangs.add(
            gang(
                job,
                out.placed().size(),
                out.placed().size(),
                GangStatus.State.SCHEDULED,
                "scheduled"));
      }
      return;
    }
    String reason = describe(job, out);
    block(job, reason, out.placeable());
    if (!preempted && policy.preemption()) {
      preempted = new Preemptor(state, book, placer, snap).tryPreempt(job, preemptions);
    }
    if (policy.backfill() != Policy.Backfill.NONE && reservationAllowed(job)) reserve(job);
  }

  /**
   * With the starvation guard, {@link StarvationGuard#URGENT_RESERVATIONS} urgent jobs (the most
   * overdue first) and {@link StarvationGuard#RESERVATIONS} others may hold a reservation; without
   * it, EASY reserves for one job and conservative for up to {@value #CONSERVATIVE_RESERVATIONS}.
   */
  private boolean reservationAllowed(Job job) {
    if (policy.starvationGuard()) {
      return urgentRank.containsKey(job.key())
          ? urgentReservations < StarvationGuard.URGENT_RESERVATIONS
          : otherReservations < StarvationGuard.RESERVATIONS;
    }
    int limit = policy.backfill() == Policy.Backfill.EASY ? 1 : CONSERVATIVE_RESERVATIONS;
    return reservations.size() < limit;
  }

  /**
   * Plans a reservation. Under the default policy (guard plus predictions) only urgent jobs' are
   * planned from estimates; the others' from predicted runtimes, as in EASY++ (Tsafrir, Etsion and
   * Feitelson, TPDS 2007), so a job predicted to end in time may use their nodes. A wrong
   * prediction can then delay such a reservation, never an urgent one, which the guard exists to
   * keep.
   */
  private void reserve(Job job) {
    boolean urgent = urgentRank.containsKey(job.key());
    boolean predictive = !urgent && guard != null && usesPredictions();
    ToLongFunction<Placement> end = predictive ? this::predictedEnd : Placement::expectedEndMillis;
    ReservationPlanner.Plan plan =
        new ReservationPlanner(state, placer, snap, bindings, end).plan(job);
    if (plan == null) return;
    if (urgent) urgentReservations++;
    else otherReservations++;
    reservations.add(new CycleResult.Reservation(job.key(), plan.nodeNames(), plan.startMillis()));
    (predictive ? byPrediction : byEstimate).add(plan.nodes(), plan.startMillis());
  }

  private boolean usesPredictions() {
    return policy.ordering() == Policy.Ordering.EXPANSION_FACTOR;
  }

  /** The job's runtime predicted from its user's recent ones, at most its (positive) estimate. */
  private long predicted(Job job) {
    long est = job.estimateMillis();
    return usesPredictions() ? predictor.predict(job.head().user(), est) : est;
  }

  /** A running pod's predicted end; its estimated end once it has outlived the prediction. */
  private long predictedEnd(Placement p) {
    long est = p.pod().runtimeEstimateMillis();
    if (est <= 0) return Long.MAX_VALUE;
    long end = p.startedAtMillis() + predictor.predict(p.pod().user(), est);
    return end > snap.nowMillis() ? end : p.expectedEndMillis();
  }

  private String describe(Job job, JobPlacer.Outcome out) {
    StringBuilder sb = new StringBuilder();
    if (job.gang()) {
      sb.append("gang ")
          .append(job.running() + out.placeable())
          .append('/')
          .append(job.head().gang().minMember())
          .append(" placeable: ");
    } else {
      sb.append("0/").append(state.size()).append(" nodes fit: ");
    }
    String sep = "";
    for (var e : out.reasons().entrySet()) {
      sb.append(sep).append(e.getKey()).append(" on ").append(e.getValue()).append(" nodes");
      sep = ", ";
    }
    if (out.reasons().isEmpty()) sb.append("no nodes");
    return sb.toString();
  }

  private void block(Job job, String reason, int placeable) {
    for (Pod p : job.members()) unschedulable.put(p.id(), reason);
    if (!job.gang()) return;
    long waited = snap.nowMillis() - job.submitted();
    GangStatus.State st =
        waited > policy.gangTimeout().toMillis()
            ? GangStatus.State.TIMED_OUT
            : GangStatus.State.WAITING;
    gangs.add(gang(job, 0, placeable, st, reason));
  }

  private GangStatus gang(Job job, int bound, int placeable, GangStatus.State st, String msg) {
    return new GangStatus(
        job.key(),
        job.head().gang().minMember(),
        job.running(),
        bound,
        job.running() + placeable,
        st,
        msg);
  }
}
