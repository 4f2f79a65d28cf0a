package org.tanji.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {
    private final AtomicLong now = new AtomicLong();

    private BoundedCache<String, String> cache(long maxWeight) {
        return new BoundedCache<>(maxWeight, String::length, Duration.ofSeconds(60), now::get);
    }

    @Test
    void loadsOnceAndThenAnswersFromMemory() {
        var cache = cache(100);
        AtomicInteger loads = new AtomicInteger();
        assertEquals("ALICE", cache.get("alice", k -> {
            loads.incrementAndGet();
            return k.toUpperCase();
        }));
        assertEquals("ALICE", cache.get("alice", k -> {
            loads.incrementAndGet();
            return "again";
        }));
        assertEquals(1, loads.get());
    }

    @Test
    void theLeastRecentlyUsedGoWhenTheWeightPassesTheLimit() {
        var cache = cache(10);
        cache.put("a", "aaaa");
        cache.put("b", "bbbb");
        cache.find("a"); // a is now more recent than b
        cache.put("c", "cccc");
        assertTrue(cache.find("a").isPresent());
        assertFalse(cache.find("b").isPresent());
        assertTrue(cache.find("c").isPresent());
        assertEquals(8, cache.weight());
    }

    @Test
    void aValueHeavierThanTheCacheIsNotKept() {
        var cache = cache(3);
        cache.put("a", "abc");
        assertEquals("abcdef", cache.get("b", k -> "abcdef"));
        assertFalse(cache.find("b").isPresent());
        assertTrue(cache.find("a").isPresent());
    }

    @Test
    void entriesExpireAfterTheirTimeToLive() {
        var cache = cache(100);
        cache.put("a", "x");
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertTrue(cache.find("a").isPresent());
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertFalse(cache.find("a").isPresent());
        assertEquals(0, cache.weight());
    }

    @Test
    void invalidationDropsOneKeyOrEveryMatchingValue() {
        var cache = cache(100);
        cache.put("t1", "alice");
        cache.put("t2", "alice");
        cache.put("t3", "bob");
        cache.invalidate("t3");
        assertFalse(cache.find("t3").isPresent());
        cache.invalidateIf("alice"::equals);
        assertFalse(cache.find("t1").isPresent());
        assertFalse(cache.find("t2").isPresent());
        assertEquals(0, cache.weight());
    }

    @Test
    void refusesAnEmptyCache() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new BoundedCache<String, String>(0, String::length, Duration.ofSeconds(1)));
    }
}
