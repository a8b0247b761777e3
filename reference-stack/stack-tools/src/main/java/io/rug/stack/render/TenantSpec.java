package io.rug.stack.render;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The inputs of a research-group tenant.
 *
 * @param name the group's namespace (a DNS label)
 * @param pi the PI's user name, bound to research-pi
 * @param members researchers' user names, bound to research-researcher
 * @param students students' user names, bound to research-student
 * @param gpus GPU quota (requests.nvidia.com/gpu); 0 means none
 * @param cpu CPU quota in cores
 * @param memory memory quota as a Kubernetes quantity (e.g. 256Gi)
 */
public record TenantSpec(
    String name,
    String pi,
    List<String> members,
    List<String> students,
    int gpus,
    int cpu,
    String memory) {

  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
  private static final Pattern QUANTITY =
      Pattern.compile("[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?");

  public TenantSpec {
    members = List.copyOf(members);
    students = List.copyOf(students);
    if (name == null || !DNS_LABEL.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "--name must be a DNS label (lower-case letters, digits, '-'; at most 63): " + name);
    }
    if (pi == null || pi.isBlank()) {
      throw new IllegalArgumentException("--pi must name the group's PI");
    }
    if (gpus < 0 || cpu <= 0) {
      throw new IllegalArgumentException("--gpus must be >= 0 and --cpu > 0");
    }
    if (memory == null || !QUANTITY.matcher(memory).matches()) {
      throw new IllegalArgumentException("--memory must be a quantity such as 256Gi: " + memory);
    }
    for (String u : concat(members, students)) {
      if (u.isBlank()) {
        throw new IllegalArgumentException("empty user name in --members or --students");
      }
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
