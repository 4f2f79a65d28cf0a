package org.tanji.core.calc;

/**
 * Part id → position, by open addressing over two arrays: a million-part BOM needs no million map entries and
 * boxed integers.
 */
final class IdIndex {
    private final String[] keys;
    // the keys' hashes, so a probe past another key compares ints instead of reading that key's characters
    private final int[] hashes;
    private final int[] values;
    private final int mask;

    IdIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    /** Maps {@code key} to {@code value}; returns false if the key was there already. */
    boolean put(String key, int value) {
        int h = key.hashCode();
        int i = slot(h);
        while (keys[i] != null) {
            if (hashes[i] == h && keys[i].equals(key)) {
                return false;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        hashes[i] = h;
        values[i] = value;
        return true;
    }

    /** The value of {@code key}, or -1. */
    int get(String key) {
        int h = key.hashCode();
        int i = slot(h);
        while (keys[i] != null) {
            if (hashes[i] == h && (keys[i] == key || keys[i].equals(key))) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    private int slot(int hash) {
        int h = hash * 0x9E3779B9; // spreads the String hash's low bits
        return (h ^ (h >>> 16)) & mask;
    }
}
