package dev.compartments.conformance.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.engine.Engine;
import dev.compartments.engine.Sandbox;
import dev.compartments.engine.SandboxOptions;
import dev.compartments.principals.Principal;
import dev.compartments.wrappers.Compartment;
import dev.compartments.wrappers.Membrane;
import dev.compartments.wrappers.WrapperKind;
import dev.compartments.wrappers.Wrappers;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * Issue 6, leaks: sandboxes that are created, used, nuked and dropped leave nothing behind. Each
 * sandbox wraps objects of a long-lived system compartment (a Chrome Object Wrapper and a
 * callable-only opaque function) and is wrapped by it (an Xray, a waiver, an Xray expando that
 * holds a system object); after the run and a few collections the heap is back near its baseline,
 * the long-lived compartment's wrapper caches hold exactly what they held before, and sampled
 * sandbox globals and compartments have been collected.
 *
 * <p>The run aims at {@value #TARGET_SANDBOXES} sandboxes, in batches of {@value #BATCH} on two
 * threads, and stops early at a batch boundary once {@value #BUDGET_MILLIS} ms have passed (on a
 * loaded 2-core machine a sandbox costs about 0.5 to 1 ms, most of it Rhino's own standard-object
 * setup); it prints how many it made and at what rate, and fails if it made fewer than {@value
 * #MINIMUM_SANDBOXES}. Override the target with {@code -Dcompartments.leak.sandboxes=N}.
 */
class LeakTest {
  private static final int TARGET_SANDBOXES = 100_000;
  private static final int MINIMUM_SANDBOXES = 10_000;
  private static final int BATCH = 1_000;
  private static final long BUDGET_MILLIS = 60_000;
  private static final int THREADS = 2;
  /** How far above its baseline the used heap may stay after the run and a full collection. */
  private static final long HEAP_SLACK_BYTES = 64L << 20;
  /** One sandbox in this many is sampled: its global and compartment must be collected. */
  private static final int SAMPLE_EVERY = 500;

  private static final Principal[] CONTENT = {
    Principal.content("https://a.example"),
    Principal.content("https://b.example"),
    Principal.expanded(List.of(Principal.content("https://a.example"), Principal.content("https://c.example"))),
  };

  /** The long-lived side: a system sandbox and the objects every dropped sandbox gets to see. */
  private static final class LongLived {
    final Engine engine = Engine.builder().interpreted(true).build();
    final Membrane membrane = engine.membrane();
    final Sandbox system = engine.createSandbox(Principal.system());
    final Compartment compartment = system.compartment();
    final Scriptable chromeObject;
    final Scriptable chromeFunction;

    LongLived() {
      chromeObject =
          (Scriptable) system.evaluate("var chrome = {v: 1, list: [1, 2], add: function (x) { return x + 1; }}; chrome", "chrome.js");
      chromeFunction = (Scriptable) system.evaluate("chrome.add", "chrome.js");
    }
  }

  /** What one sandbox leaves for the sampler: weak references only. */
  private record Sample(WeakReference<Object> global, WeakReference<Object> compartment) {}

  /** Creates, uses, nukes and drops one sandbox; returns a sample of it when asked to. */
  private static Sample cycle(LongLived l, int i, boolean sample) {
    Principal principal = i % 4 == 3 ? Principal.createNull() : CONTENT[i % CONTENT.length];
    SandboxOptions options = i % 8 == 5 ? SandboxOptions.DEFAULT.withWantXrays(false) : SandboxOptions.DEFAULT;
    Sandbox sandbox = l.engine.createSandbox(principal, options);
    Scriptable global = sandbox.unsafeGlobal();
    // The sandbox wraps objects of the long-lived system compartment...
    ScriptableObject.putProperty(global, "chrome", l.membrane.wrap(l.chromeObject, sandbox.compartment()));
    ScriptableObject.putProperty(global, "add", l.membrane.wrap(l.chromeFunction, sandbox.compartment()));
    Object mine =
        sandbox.evaluate(
            "var mine = {n: add(" + (i % 7) + "), hidden: chrome.v, fn: function g() { return mine; }}; mine",
            "leak.js");
    // ...and is wrapped by it: an Xray, a waiver, and an expando on the Xray of a function.
    assertEquals(WrapperKind.XRAY, Wrappers.kindOf(mine));
    assertEquals((double) (i % 7 + 1), ((Number) ScriptableObject.getProperty((Scriptable) mine, "n")).doubleValue());
    assertFalse(ScriptableObject.getProperty((Scriptable) mine, "fn") instanceof Scriptable, "Xrays hide functions");
    Object waiver = l.membrane.waive(mine, l.compartment);
    assertEquals(WrapperKind.WAIVER, Wrappers.kindOf(waiver));
    Object fn = ScriptableObject.getProperty((Scriptable) waiver, "fn");
    Object fnXray = l.membrane.wrap(Wrappers.unsafeUnwrap((Scriptable) fn), l.compartment);
    ScriptableObject.putProperty((Scriptable) fnXray, "expando", l.chromeObject);
    sandbox.nuke();
    assertTrue(Wrappers.isDead(mine) && Wrappers.isDead(waiver), "nuked sandbox's wrappers are dead");
    return sample ? new Sample(new WeakReference<>(global), new WeakReference<>(sandbox.compartment())) : null;
  }

  @Test
  @Timeout(value = 150, unit = TimeUnit.SECONDS)
  void manySandboxes_createdUsedNukedAndDropped_leaveTheHeapAndTheLongLivedCachesAsTheyWere() throws Exception {
    int target = Integer.getInteger("compartments.leak.sandboxes", TARGET_SANDBOXES);
    LongLived l = new LongLived();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Sample> samples = new ArrayList<>();
    try {
      // Warm up (class loading, JIT, the engine's host global), then take the baselines.
      runBatch(pool, l, 0, 2 * BATCH, samples);
      samples.clear();
      long baselineHeap = usedHeapAfterGc();
      long baselineWrappers = settledWrapperCount(l.compartment);
      int baselineCompartments = l.membrane.compartments().size();

      long start = System.nanoTime();
      int made = 0;
      while (made < target && millisSince(start) < BUDGET_MILLIS) {
        int count = Math.min(BATCH, target - made);
        runBatch(pool, l, 2 * BATCH + made, count, samples);
        made += count;
      }
      long runMillis = millisSince(start);
      long peakHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

      long afterHeap = Long.MAX_VALUE;
      int uncollected = samples.size();
      for (int round = 0; round < 10 && (uncollected > 0 || afterHeap >= baselineHeap + HEAP_SLACK_BYTES); round++) {
        afterHeap = usedHeapAfterGc();
        uncollected = (int) samples.stream().filter(s -> s.global().get() != null || s.compartment().get() != null).count();
        Thread.sleep(200);
      }
      long afterWrappers = settledWrapperCount(l.compartment);
      int afterCompartments = l.membrane.compartments().size();

      System.out.printf(
          "LeakTest: %,d sandboxes (target %,d) on %d threads in %,d ms (%.0f per second); heap used"
              + " before %,d KiB, at the end of the run %,d KiB, after GC %,d KiB (delta %+,d KiB, bound"
              + " %,d KiB); system compartment wrappers before %d, after %d; membrane compartments before"
              + " %d, after %d; sampled sandboxes still reachable %d of %d%n",
          made, target, THREADS, runMillis, made * 1000.0 / Math.max(1, runMillis), baselineHeap >> 10,
          peakHeap >> 10, afterHeap >> 10, (afterHeap - baselineHeap) >> 10, HEAP_SLACK_BYTES >> 10,
          baselineWrappers, afterWrappers, baselineCompartments, afterCompartments, uncollected, samples.size());

      assertTrue(made >= Math.min(target, MINIMUM_SANDBOXES), "made only " + made + " sandboxes in the time budget");
      assertEquals(0, uncollected, "sampled sandbox globals or compartments were not collected");
      assertEquals(baselineWrappers, afterWrappers, "the long-lived compartment's wrapper caches kept wrappers of dropped sandboxes");
      assertTrue(afterCompartments <= baselineCompartments, "the membrane kept dropped compartments: " + afterCompartments);
      assertTrue(
          afterHeap < baselineHeap + HEAP_SLACK_BYTES,
          "heap after GC " + (afterHeap >> 10) + " KiB, baseline " + (baselineHeap >> 10) + " KiB");
      // The long-lived side still works after all that.
      assertEquals(3.0, ((Number) l.system.evaluate("chrome.add(2)", "after.js")).doubleValue());
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }
  }

  private static void runBatch(ExecutorService pool, LongLived l, int first, int count, List<Sample> samples)
      throws Exception {
    AtomicInteger next = new AtomicInteger(first);
    int end = first + count;
    List<Future<List<Sample>>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      futures.add(pool.submit(() -> {
        List<Sample> mine = new ArrayList<>();
        Context cx = l.membrane.contextFactory().enterContext();
        try {
          for (int i = next.getAndIncrement(); i < end; i = next.getAndIncrement()) {
            Sample s = cycle(l, i, i % SAMPLE_EVERY == 0);
            if (s != null) {
              mine.add(s);
            }
          }
        } finally {
          cx.close();
        }
        return mine;
      }));
    }
    for (Future<List<Sample>> f : futures) {
      samples.addAll(f.get());
    }
  }

  /**
   * {@link Compartment#wrapperCountForTesting()} until two calls agree: Caffeine drains at most
   * 1,000 collected references per queue in one clean-up, so after thousands of wrappers died one
   * call can still count dead entries (see {@link
   * #wrapperCountForTesting_countsNoCollectedWrappers_evenAfterThousandsDied}).
   */
  private static long settledWrapperCount(Compartment compartment) {
    long previous = -1;
    long count = compartment.wrapperCountForTesting();
    for (int i = 0; i < 1_000 && count != previous; i++) {
      previous = count;
      count = compartment.wrapperCountForTesting();
    }
    return count;
  }

  @Test
  void wrapperCountForTesting_countsNoCollectedWrappers_evenAfterThousandsDied() throws InterruptedException {
    LongLived l = new LongLived();
    List<Object> held = new ArrayList<>();
    Context cx = l.membrane.contextFactory().enterContext();
    try {
      for (int i = 0; i < 500; i++) {
        Sandbox sandbox = l.engine.createSandbox(CONTENT[0]);
        Scriptable array = (Scriptable) sandbox.evaluate("[{}, {}, {}, {}, {}, {}, {}, {}, {}, {}]", "dies.js");
        for (int k = 0; k < 10; k++) {
          held.add(ScriptableObject.getProperty(array, k));
        }
      }
    } finally {
      cx.close();
    }
    // All 5,000 wrappers die in the same collection.
    assertTrue(l.compartment.wrapperCountForTesting() >= 5_000);
    held.clear();
    usedHeapAfterGc();
    assertEquals(0, l.compartment.wrapperCountForTesting());
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /** The used heap after a few full collections (the smallest figure seen). */
  private static long usedHeapAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
