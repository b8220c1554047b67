package dev.compartments.wrappers.internal;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A compartment's wrapper cache: target to wrapper, by identity, holding neither weakly-reachable
 * side alive. An entry goes away once its target or its wrapper has been collected.
 *
 * <p>Reads do not write: a hit is one {@link ConcurrentHashMap#get} with a lookup key the JIT can
 * keep off the heap, and one {@link Reference#get}. Collected entries are removed by the next
 * {@link #putIfAbsent} or {@link #size}. (Caffeine, used before, records every read in a buffer and
 * drains it under a lock, which tripled the cost of a hit.) Thread-safe.
 *
 * @param <K> the target type
 * @param <V> the wrapper type
 */
public final class WeakIdentityMap<K, V> {
  private final ConcurrentHashMap<Object, ValueRef<V>> map = new ConcurrentHashMap<>();
  private final ReferenceQueue<Object> queue = new ReferenceQueue<>();

  /** The wrapper of {@code key}, or null. */
  public V get(K key) {
    ValueRef<V> ref = map.get(new Lookup(key));
    return ref == null ? null : ref.get();
  }

  /**
   * Maps {@code key} to {@code value} unless it maps to a live wrapper already.
   *
   * @return the live wrapper already there, or null if {@code value} was stored
   */
  @SuppressWarnings("unchecked")
  public V putIfAbsent(K key, V value) {
    expunge();
    KeyRef keyRef = new KeyRef(key, queue);
    ValueRef<V> fresh = new ValueRef<>(value, queue, keyRef);
    Object[] existing = new Object[1];
    map.compute(
        keyRef,
        (k, old) -> {
          if (old != null) {
            V live = old.get();
            if (live != null) {
              existing[0] = live;
              return old;
            }
          }
          return fresh;
        });
    return (V) existing[0];
  }

  /** Removes every entry. */
  public void clear() {
    map.clear();
    expunge();
  }

  /** The number of entries after removing the collected ones. */
  public int size() {
    expunge();
    return map.size();
  }

  private void expunge() {
    Reference<?> ref;
    while ((ref = queue.poll()) != null) {
      if (ref instanceof KeyRef) {
        map.remove(ref);
      } else {
        ValueRef<?> value = (ValueRef<?>) ref;
        map.remove(value.key, value);
      }
    }
  }

  /** The stored key: a weak reference compared by the identity of its referent. */
  private static final class KeyRef extends WeakReference<Object> {
    private final int hash;

    KeyRef(Object key, ReferenceQueue<Object> queue) {
      super(key, queue);
      this.hash = System.identityHashCode(key);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    /**
     * Same referent. ({@code refersTo} needs no read barrier. Two cleared keys are equal, which
     * only ever removes one stale entry for another; a cleared key never equals a live one.)
     */
    @Override
    public boolean equals(Object other) {
      if (other == this) {
        return true;
      }
      if (other instanceof KeyRef) {
        return refersTo(((KeyRef) other).get());
      }
      return other instanceof Lookup && refersTo(((Lookup) other).key);
    }
  }

  /** A key for one lookup, never stored. */
  private static final class Lookup {
    final Object key;

    Lookup(Object key) {
      this.key = key;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(key);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof KeyRef && ((KeyRef) other).refersTo(key);
    }
  }

  /** The stored value: a weak reference that knows its entry's key, to remove it when collected. */
  private static final class ValueRef<V> extends WeakReference<V> {
    final KeyRef key;

    ValueRef(V value, ReferenceQueue<? super V> queue, KeyRef key) {
      super(value, queue);
      this.key = key;
    }
  }
}
