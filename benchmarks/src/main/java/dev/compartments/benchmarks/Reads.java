package dev.compartments.benchmarks;

/**
 * What a property read returns: a primitive ({@code o.x}, the number 1) or an object ({@code o.y},
 * a plain object of the object's own global). Every loop counts the reads that saw the expected
 * value, so a run that returns anything but {@link ScriptLoop#OPERATIONS} read something wrong; the
 * object loop compares by identity with a first read, so it also checks that a wrapped result comes
 * from the wrapper cache.
 */
public enum Reads {
  PRIMITIVE {
    @Override
    public String loopSource() {
      return ScriptLoop.loop("o", "", "if (o.x === 1) n++;");
    }
  },
  OBJECT {
    @Override
    public String loopSource() {
      return ScriptLoop.loop("o", "var first = o.y;", "if (o.y === first) n++;");
    }
  };

  /** The source of {@code function run(o)} that reads {@link ScriptLoop#OPERATIONS} times. */
  public abstract String loopSource();

  /** The source that makes, in the current global, the object the loops read. */
  public static final String OBJECT_SOURCE = "({x: 1, y: {z: 2}, label: 'point'})";
}
