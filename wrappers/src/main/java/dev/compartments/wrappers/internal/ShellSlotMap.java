package dev.compartments.wrappers.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.mozilla.javascript.CompoundOperationMap;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Slot;
import org.mozilla.javascript.SlotMap;
import org.mozilla.javascript.SlotMapOwner;

/**
 * The slot map of every wrapper shell. A shell keeps no properties of its own, so the map is empty;
 * but Rhino's key listings ({@code Object.getOwnPropertyNames}, {@code Reflect.ownKeys}, object
 * spread, {@code Object.defineProperties} from a descriptor object, the integrity checks) walk an
 * object's slot map inside a compound operation rather than ask {@link ScriptableObject#getIds()}.
 * The compound operation of this map therefore shows one synthetic slot per own key the shell's
 * handler lists, marked non-enumerable where the handler says so. Those slots carry keys only: every value is still read through the
 * shell, and so through the membrane.
 *
 * <p>The keys are listed once per compound operation, on first use, so a hostile {@code ownKeys}
 * trap cannot make Rhino's count and its iteration disagree. A failure (a dead wrapper, an opaque
 * one) reaches the script as the shell's translated error, exactly as {@code Object.keys} would.
 *
 * <p>Installing the map needs Rhino's package opened to this module, as {@link ContextScopes} does,
 * and the membrane does not start without that. Should the lookup still fail, shells keep Rhino's
 * empty map and those listings show nothing: it fails closed.
 *
 * <p>Stateless, so one instance serves every shell on every thread.
 */
final class ShellSlotMap implements SlotMap {
  private static final ShellSlotMap INSTANCE = new ShellSlotMap();

  /** {@code SlotMapOwner.setMap(SlotMap)}; null where Rhino's package is not open to us. */
  private static final MethodHandle SET_MAP;
  /** {@code new Slot(Object name, int index, int attributes)}; null likewise. */
  private static final MethodHandle NEW_SLOT;

  static {
    MethodHandle setMap = null;
    MethodHandle newSlot = null;
    try {
      MethodHandles.Lookup ownerLookup = MethodHandles.privateLookupIn(SlotMapOwner.class, MethodHandles.lookup());
      setMap =
          ownerLookup
              .findVirtual(SlotMapOwner.class, "setMap", MethodType.methodType(void.class, SlotMap.class))
              .asType(MethodType.methodType(void.class, ScriptableObject.class, SlotMap.class));
      newSlot =
          MethodHandles.privateLookupIn(Slot.class, MethodHandles.lookup())
              .findConstructor(Slot.class, MethodType.methodType(void.class, Object.class, int.class, int.class));
    } catch (ReflectiveOperationException | RuntimeException e) {
      setMap = null;
      newSlot = null;
    }
    SET_MAP = setMap;
    NEW_SLOT = newSlot;
  }

  private ShellSlotMap() {}

  /** Gives {@code shell} this map, if Rhino lets us; called once, from the shell's constructor. */
  static void install(WrapperShell shell) {
    if (SET_MAP == null || NEW_SLOT == null) {
      return;
    }
    setMap(shell, INSTANCE);
  }

  private static void setMap(ScriptableObject owner, SlotMap map) {
    try {
      SET_MAP.invokeExact(owner, map);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- the plain map: empty ----

  @Override
  public int size() {
    return 0;
  }

  @Override
  public boolean isEmpty() {
    return true;
  }

  @Override
  public Slot query(Object key, int index) {
    return null;
  }

  @Override
  public Iterator<Slot> iterator() {
    return Collections.emptyIterator();
  }

  /*
   * A shell defines nothing in its own slots (every write is forwarded to its handler). Should some
   * path of Rhino's still write one, the shell gets an ordinary map from then on, as it would have
   * without this class; it then merely loses the key listing above.
   */

  @Override
  public Slot modify(SlotMapOwner owner, Object key, int index, int attributes) {
    return ordinaryMap(owner).modify(owner, key, index, attributes);
  }

  @Override
  public <S extends Slot> S compute(
      SlotMapOwner owner, CompoundOperationMap compoundOp, Object key, int index, SlotComputer<S> compute) {
    return ordinaryMap(owner).compute(owner, compoundOp, key, index, compute);
  }

  @Override
  public void add(SlotMapOwner owner, Slot newSlot) {
    ordinaryMap(owner).add(owner, newSlot);
  }

  private static SlotMap ordinaryMap(SlotMapOwner owner) {
    SlotMap map = WrapperShell.newOrdinarySlotMap();
    setMap((ScriptableObject) owner, map);
    return map;
  }

  // ---- the compound operation: the handler's keys ----

  @Override
  public CompoundOperationMap startCompoundOp(SlotMapOwner owner, boolean forWriting) {
    return new KeyListing(owner);
  }

  /** One compound operation on a shell: lists the shell's own keys once, on first use. */
  private static final class KeyListing extends CompoundOperationMap {
    private List<Slot> slots;

    KeyListing(SlotMapOwner owner) {
      super(owner);
    }

    private List<Slot> slots() {
      if (slots == null) {
        if (map != INSTANCE || !(owner instanceof WrapperShell)) {
          slots = List.of();
        } else {
          slots = list((WrapperShell) owner);
        }
      }
      return slots;
    }

    private static List<Slot> list(WrapperShell shell) {
      Object[] all = shell.ownKeys(true, true);
      Set<Object> enumerable = new HashSet<>();
      Collections.addAll(enumerable, shell.ownKeys(false, true));
      List<Slot> result = new ArrayList<>(all.length);
      for (Object key : all) {
        int attributes = enumerable.contains(key) ? 0 : ScriptableObject.DONTENUM;
        result.add(key instanceof Integer ? newSlot(null, (Integer) key, attributes) : newSlot(key, 0, attributes));
      }
      return result;
    }

    private static Slot newSlot(Object name, int index, int attributes) {
      try {
        return (Slot) NEW_SLOT.invokeExact(name, index, attributes);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public boolean isEmpty() {
      return map == INSTANCE ? slots().isEmpty() : super.isEmpty();
    }

    @Override
    public int size() {
      return map == INSTANCE ? slots().size() : super.size();
    }

    @Override
    public int dirtySize() {
      return map == INSTANCE ? slots().size() : super.dirtySize();
    }

    @Override
    public Iterator<Slot> iterator() {
      return map == INSTANCE ? slots().iterator() : super.iterator();
    }
  }
}
