package dev.compartments.conformance.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.compartments.engine.Engine;
import dev.compartments.engine.HostFunction;
import dev.compartments.engine.Sandbox;
import dev.compartments.engine.SandboxOptions;
import dev.compartments.principals.Principal;
import dev.compartments.wrappers.Compartment;
import dev.compartments.wrappers.Membrane;
import dev.compartments.wrappers.WrapperKind;
import dev.compartments.wrappers.Wrappers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * Issue 6, concurrency: {@value #THREADS} threads work for about {@value #RUN_MILLIS} ms through
 * shared and separate compartments of one engine, and afterwards nothing went wrong: no thread saw
 * an exception, every (object, viewer) pair got exactly one wrapper however many threads raced to
 * make it, a thread-safe host counter lost no call, and no write through a wrapper was lost.
 *
 * <h2>What is shared, and what Rhino allows</h2>
 *
 * Rhino's objects are not synchronized: the engine's context factory does not turn on {@code
 * Context.FEATURE_THREAD_SAFE_OBJECTS}, so two threads that change one object's properties at once
 * may corrupt its slot map. That is Rhino's object model, not a guarantee of ours, and the Engine's
 * Javadoc says a sandbox's scripts run on one thread at a time. So the test shares what the
 * membrane promises to make safe, and keeps Rhino objects confined:
 *
 * <ul>
 *   <li>Shared, used by all threads at once: the membrane, its wrapper caches, the shared system
 *       compartment (every thread's system sandbox is a global of it, so all of them hold one
 *       wrapper per object), five more viewer compartments that threads wrap into from the host
 *       side, the wrappers themselves, a system host function called through callable-only opaque
 *       wrappers, and the host counter.
 *   <li>Shared read-only: the objects of the shared content compartment ({@code
 *       https://shared.example}), which threads read through Xrays, transparent wrappers and
 *       waivers. The shared compartment changes only in a barrier action, while every worker waits.
 *   <li>Written by one thread only: thread {@code t} writes {@code slots[t].n} of the shared
 *       compartment through a transparent wrapper; its own sandboxes are its own.
 * </ul>
 *
 * <p>The run is in rounds. Between rounds, with all workers parked at a barrier, a fresh batch of
 * shared objects is made, so that in the next round all threads race to create the first wrappers
 * for them (the interesting race: after it, the caches only answer hits). Scripts run in Rhino's
 * interpreter, so that a round does many operations rather than compile scripts.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final long RUN_MILLIS = 6_000;
  private static final int FRESH_PER_ROUND = 8;
  private static final int CALLS_PER_SCRIPT = 20;
  private static final String SHARED_ORIGIN = "https://shared.example";

  /** An (object, viewer, waived) triple, compared by the identity of the object and the viewer. */
  private static final class Key {
    final Object target;
    final Compartment viewer;
    final boolean waived;

    Key(Object target, Compartment viewer, boolean waived) {
      this.target = target;
      this.viewer = viewer;
      this.waived = waived;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key && ((Key) o).target == target && ((Key) o).viewer == viewer && ((Key) o).waived == waived;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(target) * 31 + System.identityHashCode(viewer) * 2 + (waived ? 1 : 0);
    }
  }

  /** The thread-safe host object scripts call: it counts calls, and must lose none. */
  private static final class HostCounter implements HostFunction {
    final LongAdder calls = new LongAdder();

    @Override
    public Object call(List<Object> arguments) {
      calls.increment();
      return null;
    }
  }

  private final Engine engine = Engine.builder().interpreted(true).build();
  private final Membrane membrane = engine.membrane();
  private final HostCounter counter = new HostCounter();
  private final Sandbox shared =
      engine.createSandbox(Principal.content(SHARED_ORIGIN), SandboxOptions.DEFAULT.withWantXrays(false).withSandboxName("shared"));
  private final Sandbox chrome = engine.createSandbox(Principal.system());
  /** Viewers every thread wraps into: system (Xray), transparent, Xray, opaque, expanded (Xray), null. */
  private final List<Compartment> viewers = new ArrayList<>();

  private final Map<Key, Set<Object>> identities = new ConcurrentHashMap<>();
  private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
  private final LongAdder expectedCalls = new LongAdder();
  private final LongAdder wraps = new LongAdder();
  private final LongAdder scripts = new LongAdder();
  private final LongAdder nukes = new LongAdder();
  private final AtomicLong[] slotWrites = new AtomicLong[THREADS];
  private final AtomicInteger rounds = new AtomicInteger();
  /** The shared objects of the current round, raw; replaced only in the barrier action. */
  private volatile List<Scriptable> fresh = List.of();
  private volatile boolean stop;

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void eightThreads_throughSharedAndSeparateCompartments_keepIdentity_andLoseNoUpdate() throws Exception {
    shared.evaluate(
        "var slots = []; for (var t = 0; t < " + THREADS + "; t++) slots.push({n: 0});"
            + "var fresh = []; var generation = 0;"
            + "function makeBatch(size) {"
            + "  generation++; fresh = [];"
            + "  for (var i = 0; i < size; i++) {"
            + "    switch (i % 4) {"
            + "      case 0: fresh.push({i: i, generation: generation, nested: {deep: i}}); break;"
            + "      case 1: fresh.push([i, generation, 'x']); break;"
            + "      case 2: fresh.push(new Map([[i, generation]])); break;"
            + "      default: fresh.push(function named(x) { return x; });"
            + "    }"
            + "  }"
            + "  return fresh.length;"
            + "}",
        "shared.js");
    chrome.defineFunction("count", counter);
    Scriptable chromeCount = (Scriptable) ScriptableObject.getProperty(chrome.unsafeGlobal(), "count");
    viewers.add(membrane.systemCompartment());
    viewers.add(engine.createSandbox(Principal.content(SHARED_ORIGIN), SandboxOptions.DEFAULT.withWantXrays(false)).compartment());
    viewers.add(engine.createSandbox(Principal.content(SHARED_ORIGIN)).compartment());
    viewers.add(engine.createSandbox(Principal.content("https://other.example")).compartment());
    viewers.add(
        engine.createSandbox(Principal.expanded(List.of(Principal.content(SHARED_ORIGIN), Principal.content("https://other.example"))))
            .compartment());
    viewers.add(engine.createSandbox(Principal.createNull()).compartment());
    for (int t = 0; t < THREADS; t++) {
      slotWrites[t] = new AtomicLong();
    }
    newBatch();

    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RUN_MILLIS);
    CyclicBarrier barrier =
        new CyclicBarrier(THREADS, () -> {
          if (System.nanoTime() > deadline || !failures.isEmpty()) {
            stop = true;
          } else {
            newBatch();
          }
        });
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int id = t;
      Thread thread = new Thread(() -> work(id, barrier, chromeCount), "concurrency-" + t);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join(TimeUnit.SECONDS.toMillis(60));
      assertTrue(!thread.isAlive(), thread.getName() + " did not stop");
    }

    long[] finalSlots = new long[THREADS];
    for (int t = 0; t < THREADS; t++) {
      finalSlots[t] = ((Number) shared.evaluate("slots[" + t + "].n", "check.js")).longValue();
    }
    long sets = identities.size();
    long wrappersSeen = identities.values().stream().mapToLong(Set::size).sum();
    System.out.printf(
        "ConcurrencyTest: %d threads, %d rounds in about %d ms; %,d host-side wraps, %,d scripts, %,d host"
            + " counter calls (expected %,d), %,d (object, viewer, waived) keys with %,d distinct wrappers,"
            + " %,d sandboxes nuked, slot writes %s%n",
        THREADS, rounds.get(), RUN_MILLIS, wraps.sum(), scripts.sum(), counter.calls.sum(), expectedCalls.sum(),
        sets, wrappersSeen, nukes.sum(), Arrays.toString(finalSlots));

    if (!failures.isEmpty()) {
      Throwable first = failures.peek();
      throw new AssertionError(failures.size() + " failures in worker threads; the first: " + first, first);
    }
    assertTrue(rounds.get() >= 2, "only " + rounds.get() + " rounds ran");
    identities.forEach((key, wrappers) ->
        assertEquals(1, wrappers.size(), "distinct wrappers of one object for " + key.viewer + (key.waived ? " (waived)" : "")));
    assertEquals(expectedCalls.sum(), counter.calls.sum(), "host counter calls");
    for (int t = 0; t < THREADS; t++) {
      assertEquals(slotWrites[t].get(), finalSlots[t], "writes of thread " + t + " through a transparent wrapper");
    }
  }

  /** Runs in the barrier action, or before the workers start: no worker is running. */
  private void newBatch() {
    shared.evaluate("makeBatch(" + FRESH_PER_ROUND + ")", "batch.js");
    Scriptable array = (Scriptable) ScriptableObject.getProperty(shared.unsafeGlobal(), "fresh");
    List<Scriptable> batch = new ArrayList<>();
    for (int i = 0; i < FRESH_PER_ROUND; i++) {
      batch.add((Scriptable) ScriptableObject.getProperty(array, i));
    }
    fresh = List.copyOf(batch);
    rounds.incrementAndGet();
  }

  private void work(int id, CyclicBarrier barrier, Scriptable chromeCount) {
    Context cx = membrane.contextFactory().enterContext();
    try {
      Random random = new Random(id);
      // The thread's own sandboxes: a system one (a global of the shared system compartment), one
      // of the shared origin without Xrays (it sees the shared compartment transparently), and one
      // of an origin of its own (it sees the shared compartment as opaque).
      Sandbox system = engine.createSandbox(Principal.system());
      Sandbox sameOrigin =
          engine.createSandbox(Principal.content(SHARED_ORIGIN), SandboxOptions.DEFAULT.withWantXrays(false));
      Sandbox foreign = engine.createSandbox(Principal.content("https://t" + id + ".example"));
      for (Sandbox sandbox : List.of(system, sameOrigin, foreign)) {
        sandbox.defineFunction("count", counter);
        ScriptableObject.putProperty(sandbox.unsafeGlobal(), "shared", membrane.wrap(shared.unsafeGlobal(), sandbox.compartment()));
        ScriptableObject.putProperty(sandbox.unsafeGlobal(), "chromeCount", membrane.wrap(chromeCount, sandbox.compartment()));
      }
      assertEquals(WrapperKind.CALLABLE_OPAQUE, Wrappers.kindOf(ScriptableObject.getProperty(foreign.unsafeGlobal(), "chromeCount")));
      while (true) {
        barrier.await(30, TimeUnit.SECONDS);
        if (stop) {
          return;
        }
        List<Scriptable> batch = fresh;
        // 1. Race the other threads to wrap this round's objects for every viewer: even threads in
        // the same order (so that they collide on the same first wrapper), odd ones each in an
        // order of its own.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < batch.size() * viewers.size() * 2; i++) {
          order.add(i);
        }
        if (id % 2 == 1) {
          Collections.shuffle(order, random);
        }
        for (int n : order) {
          Scriptable target = batch.get(n % batch.size());
          Compartment viewer = viewers.get(n / batch.size() % viewers.size());
          boolean waive = n >= batch.size() * viewers.size();
          Object wrapper = waive ? membrane.waive(target, viewer) : membrane.wrap(target, viewer);
          record(target, viewer, wrapper);
          wraps.increment();
        }
        // 2. The same objects reached by scripts of the thread's system sandbox, through the
        // transparent wrapper of the shared global: one wrapper per object for the whole system
        // compartment, whichever thread or global asked. (An Xray of an array hides functions, so
        // the script reads the element through a waiver and unwaives it.)
        int k = random.nextInt(batch.size());
        Object viaScript =
            system.evaluate("count(1); Cu.unwaiveXrays(Cu.waiveXrays(shared.fresh)[" + k + "])", "read.js");
        expectedCalls.increment();
        scripts.increment();
        record(batch.get(k), membrane.systemCompartment(), viaScript);
        Object waived = system.evaluate("count(1); Cu.waiveXrays(shared.fresh)[" + k + "]", "waive.js");
        expectedCalls.increment();
        scripts.increment();
        record(batch.get(k), membrane.systemCompartment(), waived);
        // 3. Calls of the host counter, from every sandbox of the thread, directly and through the
        // callable-only opaque wrapper of a system host function.
        String calls =
            "var c = 0; for (var j = 0; j < " + CALLS_PER_SCRIPT + "; j++) { count(1); chromeCount(1); c += 2; } c";
        for (Sandbox sandbox : List.of(system, sameOrigin, foreign)) {
          assertEquals(2.0 * CALLS_PER_SCRIPT, ((Number) sandbox.evaluate(calls, "calls.js")).doubleValue());
          expectedCalls.add(2 * CALLS_PER_SCRIPT);
          scripts.increment();
        }
        // 4. Reads through the Xray and transparent views, and this thread's own write.
        assertEquals(
            "true true " + (rounds.get()),
            system.evaluate(
                "var x = shared.fresh[0]; Cu.isXrayWrapper(x) + ' ' + (x.nested.deep === 0) + ' ' + x.generation", "xray.js"));
        assertEquals(
            (double) slotWrites[id].incrementAndGet(),
            ((Number) sameOrigin.evaluate("shared.slots[" + id + "].n = shared.slots[" + id + "].n + 1", "write.js")).doubleValue());
        assertEquals(
            "Error: Permission denied to access property \"fresh\"",
            foreign.evaluate("try { shared.fresh; 'reached' } catch (e) { String(e) }", "denied.js"));
        scripts.add(3);
        // 5. A short-lived sandbox that is nuked while the others keep going.
        if (random.nextInt(4) == 0) {
          Sandbox doomed = engine.createSandbox(Principal.createNull());
          Object held = membrane.wrap(batch.get(0), doomed.compartment());
          ScriptableObject.putProperty(doomed.unsafeGlobal(), "held", held);
          assertEquals("object", doomed.evaluate("typeof held", "doomed.js"));
          doomed.nuke();
          nukes.increment();
          assertTrue(Wrappers.isDead(held));
          assertEquals("TypeError: can't access dead object", doomed.evaluate("try { held.x } catch (e) { String(e) }", "dead.js"));
        }
      }
    } catch (Throwable e) {
      failures.add(e);
      barrier.reset();
    } finally {
      cx.close();
    }
  }

  private void record(Object target, Compartment viewer, Object wrapper) {
    assertTrue(Wrappers.isWrapper(wrapper), "not wrapped: " + wrapper);
    Key key = new Key(target, viewer, Wrappers.kindOf(wrapper) == WrapperKind.WAIVER);
    identities
        .computeIfAbsent(key, k -> Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>())))
        .add(wrapper);
  }
}
