package org.tanji.portal.application;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * A small thread-safe cache for what the portal reads on every request and seldom changes (who a token belongs to,
 * a caller's role, parsed frozen models). Least recently used entries go once the total weight passes the limit;
 * an entry older than the time to live is read again. Whoever changes the data behind an entry invalidates it.
 *
 * <pre>{@code
 * var callers = new BoundedCache<String, Caller>(10_000, c -> 1, Duration.ofMinutes(1));
 * Caller c = callers.get("alice", this::load);
 * callers.invalidate("alice"); // after alice's role changed
 * }</pre>
 */
public final class BoundedCache<K, V> {
    private final long maxWeight;
    private final ToLongFunction<V> weigher;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final LinkedHashMap<K, Entry<V>> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long weight;

    private record Entry<V>(V value, long weight, long loadedAt) {}

    /** A cache of at most {@code maxWeight} (as {@code weigher} counts) whose entries live {@code ttl}. */
    public BoundedCache(long maxWeight, ToLongFunction<V> weigher, java.time.Duration ttl) {
        this(maxWeight, weigher, ttl, System::nanoTime);
    }

    BoundedCache(long maxWeight, ToLongFunction<V> weigher, java.time.Duration ttl, LongSupplier nanoTime) {
        if (maxWeight <= 0 || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("a cache needs a positive size and time to live");
        }
        this.maxWeight = maxWeight;
        this.weigher = weigher;
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The cached value, if there is a fresh one. */
    public synchronized Optional<V> find(K key) {
        Entry<V> e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (nanoTime.getAsLong() - e.loadedAt >= ttlNanos) {
            remove(key);
            return Optional.empty();
        }
        return Optional.of(e.value);
    }

    /**
     * The cached value, or {@code load}'s (outside the lock, so two callers may load the same key at once; both get a
     * correct value). A value heavier than the whole cache is returned without being kept.
     */
    public V get(K key, Function<? super K, ? extends V> load) {
        Optional<V> cached = find(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        V value = load.apply(key);
        put(key, value);
        return value;
    }

    public synchronized void put(K key, V value) {
        long w = weigher.applyAsLong(value);
        remove(key);
        if (w > maxWeight) {
            return;
        }
        entries.put(key, new Entry<>(value, w, nanoTime.getAsLong()));
        weight += w;
        Iterator<Map.Entry<K, Entry<V>>> eldest = entries.entrySet().iterator();
        while (weight > maxWeight && eldest.hasNext()) {
            weight -= eldest.next().getValue().weight;
            eldest.remove();
        }
    }

    public synchronized void invalidate(K key) {
        remove(key);
    }

    /** Drops every entry whose value matches (e.g. all tokens of one user). */
    public synchronized void invalidateIf(Predicate<? super V> matches) {
        Iterator<Entry<V>> it = entries.values().iterator();
        while (it.hasNext()) {
            Entry<V> e = it.next();
            if (matches.test(e.value)) {
                weight -= e.weight;
                it.remove();
            }
        }
    }

    synchronized long weight() {
        return weight;
    }

    private void remove(K key) {
        Entry<V> old = entries.remove(key);
        if (old != null) {
            weight -= old.weight;
        }
    }
}
