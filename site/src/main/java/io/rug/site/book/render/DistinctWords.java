package io.rug.site.book.render;

import java.util.Arrays;

/**
 * The distinct lower-cased words of a text, space-separated in order of first appearance: an
 * open-addressing set over the words already written, so a repeated word costs a hash and a
 * comparison, not a new string (most of a section's words are repeats).
 */
final class DistinctWords {
  private final StringBuilder out;
  private int[] slots = new int[64]; // entry index + 1; 0 is free
  private int[] starts = new int[32];
  private int[] lengths = new int[32];
  private int[] hashes = new int[32];
  private int count;

  DistinctWords(int expectedChars) {
    out = new StringBuilder(Math.max(16, expectedChars));
  }

  /** Adds text[from, to), lower-cased ({@code plain}: it already is). */
  void add(String text, int from, int to, boolean plain) {
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + lower(text.charAt(i), plain);
    }
    int mask = slots.length - 1;
    int slot = mix(hash) & mask;
    for (int e = slots[slot]; e != 0; e = slots[slot]) {
      if (hashes[e - 1] == hash && same(e - 1, text, from, to, plain)) {
        return;
      }
      slot = (slot + 1) & mask;
    }
    if (!out.isEmpty()) {
      out.append(' ');
    }
    int at = out.length();
    if (plain) {
      out.append(text, from, to);
    } else {
      for (int i = from; i < to; i++) {
        out.append(Character.toLowerCase(text.charAt(i)));
      }
    }
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      lengths = Arrays.copyOf(lengths, count * 2);
      hashes = Arrays.copyOf(hashes, count * 2);
    }
    starts[count] = at;
    lengths[count] = to - from;
    hashes[count] = hash;
    slots[slot] = ++count;
    if (count * 2 > slots.length) {
      rehash();
    }
  }

  private boolean same(int e, String text, int from, int to, boolean plain) {
    if (lengths[e] != to - from) {
      return false;
    }
    for (int i = from, j = starts[e]; i < to; i++, j++) {
      if (out.charAt(j) != lower(text.charAt(i), plain)) {
        return false;
      }
    }
    return true;
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int e = 0; e < count; e++) {
      int slot = mix(hashes[e]) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = e + 1;
    }
  }

  private static char lower(char c, boolean plain) {
    return plain ? c : Character.toLowerCase(c);
  }

  private static int mix(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
