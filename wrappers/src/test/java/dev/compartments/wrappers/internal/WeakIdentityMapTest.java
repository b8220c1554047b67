package dev.compartments.wrappers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The wrapper cache's map: identity keys, weak on both sides, first writer wins. */
class WeakIdentityMapTest {
  /** A key whose equals and hashCode say every instance is the same: the map must not care. */
  static final class Twin {
    final byte[] ballast = new byte[1024];

    @Override
    public boolean equals(Object other) {
      return other instanceof Twin;
    }

    @Override
    public int hashCode() {
      return 1;
    }
  }

  /** A value that holds its key strongly, as a wrapper holds its target. */
  record Wrapper(Object target) {}

  @Test
  void keysCompareByIdentity_notByEquals() {
    WeakIdentityMap<Object, Wrapper> map = new WeakIdentityMap<>();
    Twin a = new Twin();
    Twin b = new Twin();
    Wrapper wa = new Wrapper(a);
    assertNull(map.putIfAbsent(a, wa));
    assertSame(wa, map.get(a));
    assertNull(map.get(b), "an equal but distinct key finds nothing");
    Wrapper wb = new Wrapper(b);
    assertNull(map.putIfAbsent(b, wb));
    assertSame(wb, map.get(b));
    assertEquals(2, map.size());
  }

  @Test
  void putIfAbsent_keepsTheLiveValue_andReturnsIt() {
    WeakIdentityMap<Object, Wrapper> map = new WeakIdentityMap<>();
    Object key = new Object();
    Wrapper first = new Wrapper(key);
    assertNull(map.putIfAbsent(key, first));
    assertSame(first, map.putIfAbsent(key, new Wrapper(key)));
    assertSame(first, map.get(key));
  }

  @Test
  void entriesWhoseValueHoldsTheKey_goAwayWhenNothingElseHoldsThem() throws InterruptedException {
    WeakIdentityMap<Object, Wrapper> map = new WeakIdentityMap<>();
    List<WeakReference<Object>> keys = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      Object key = new Twin();
      keys.add(new WeakReference<>(key));
      map.putIfAbsent(key, new Wrapper(key));
    }
    Object kept = new Object();
    Wrapper keptWrapper = new Wrapper(kept);
    map.putIfAbsent(kept, keptWrapper);
    for (int round = 0; round < 50 && map.size() > 1; round++) {
      System.gc();
      Thread.sleep(20);
    }
    assertEquals(1, map.size(), "only the entry still referenced is left");
    assertEquals(0, keys.stream().filter(k -> k.get() != null).count(), "no key is kept alive by the map");
    assertSame(keptWrapper, map.get(kept));
  }

  @Test
  void aCollectedValue_isReplacedByTheNextPut() {
    WeakIdentityMap<Object, Wrapper> map = new WeakIdentityMap<>();
    Object key = new Object();
    map.putIfAbsent(key, new Wrapper(key));
    for (int round = 0; round < 50 && map.get(key) != null; round++) {
      System.gc();
    }
    assertNull(map.get(key), "the wrapper nobody held was collected");
    Wrapper fresh = new Wrapper(key);
    assertNull(map.putIfAbsent(key, fresh));
    assertSame(fresh, map.get(key));
    assertEquals(1, map.size());
  }

  @Test
  void racingWriters_allSeeOneValue() throws Exception {
    WeakIdentityMap<Object, Wrapper> map = new WeakIdentityMap<>();
    Object key = new Object();
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Wrapper>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> {
          start.await();
          Wrapper mine = new Wrapper(key);
          Wrapper raced = map.putIfAbsent(key, mine);
          return raced == null ? mine : raced;
        }));
      }
      start.countDown();
      Wrapper winner = results.get(0).get();
      for (Future<Wrapper> result : results) {
        assertSame(winner, result.get());
      }
      assertSame(winner, map.get(key));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void clear_removesEverything() {
    WeakIdentityMap<Object, Wrapper> map = new WeakIdentityMap<>();
    Object key = new Object();
    map.putIfAbsent(key, new Wrapper(key));
    map.clear();
    assertNull(map.get(key));
    assertEquals(0, map.size());
  }
}
