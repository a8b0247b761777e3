package io.rug.scheduler.core;

import java.util.Arrays;

/**
 * A fixed-size, direct-mapped cache from 64-bit keys to doubles (no boxing): a new entry simply
 * replaces whatever shared its slot. {@code get} answers NaN on a miss.
 */
final class LongDoubleCache {
  private final long[] keys;
  private final double[] values;
  private final boolean[] used;
  private final int mask;

  LongDoubleCache(int sizePowerOfTwo) {
    keys = new long[sizePowerOfTwo];
    values = new double[sizePowerOfTwo];
    used = new boolean[sizePowerOfTwo];
    mask = sizePowerOfTwo - 1;
  }

  double get(long key) {
    int i = (int) (key ^ (key >>> 32)) & mask;
    return used[i] && keys[i] == key ? values[i] : Double.NaN;
  }

  void put(long key, double value) {
    int i = (int) (key ^ (key >>> 32)) & mask;
    keys[i] = key;
    values[i] = value;
    used[i] = true;
  }

  void clear() {
    Arrays.fill(used, false);
  }
}
