package io.rug.scheduler.core;

import java.util.Set;

/**
 * A pod's GPU demand. {@code count} GPUs of {@code milliPerGpu} each (1000 = a whole GPU). A
 * fractional request ({@code count == 1 && milliPerGpu < 1000}) shares one GPU with other pods;
 * otherwise the pod needs {@code count} completely free GPUs. {@code models} lists acceptable GPU
 * models (empty = any).
 */
public record GpuRequest(int count, int milliPerGpu, Set<String> models) {
  public static final GpuRequest NONE = new GpuRequest(0, 0, Set.of());

  public GpuRequest {
    if (count < 0 || milliPerGpu < 0 || milliPerGpu > 1000) {
      throw new IllegalArgumentException("invalid GPU request " + count + "x" + milliPerGpu);
    }
    if (count == 0) milliPerGpu = 0;
    models = Set.copyOf(models);
  }

  public static GpuRequest whole(int count) {
    return new GpuRequest(count, 1000, Set.of());
  }

  public static GpuRequest fraction(int milli) {
    return new GpuRequest(1, milli, Set.of());
  }

  public boolean fractional() {
    return count == 1 && milliPerGpu < 1000;
  }

  public long totalMilli() {
    return (long) count * milliPerGpu;
  }

  public boolean accepts(String model) {
    return models.isEmpty() || models.contains(model);
  }
}
