package dev.compartments.benchmarks;

import java.util.concurrent.TimeUnit;
import org.mozilla.javascript.ConsString;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The test every membrane path starts with, "is this value an object?" ({@code value instanceof
 * Scriptable}), on the values that cross: a number, a string and an object. On JDK 17 a failing
 * {@code instanceof} against an interface scans the value's class's secondary supers every time
 * (HotSpot caches only successes; JDK-8180450, fixed in JDK 23), which makes the check on a
 * primitive an order of magnitude dearer than on an object. {@code CLASS_CHECKS_FIRST} answers the
 * common cases with class checks, which HotSpot does in constant time. Evidence for the R1 and R3
 * profiles in docs/benchmarks.md; not a figure of the issue. The score is nanoseconds per check.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ScriptableCheckBenchmark -f 1 -wi 3 -w
 * 1s -i 5 -r 1s}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScriptableCheckBenchmark {
  /** How the value is tested. */
  public enum Check {
    /** {@code value instanceof Scriptable}, as {@code Membrane.wrap} and {@code WrapperShell.toViewer} do. */
    INSTANCEOF_SCRIPTABLE {
      @Override
      boolean isObject(Object value) {
        return value instanceof Scriptable;
      }
    },
    /** Class checks for the common cases first, the interface check only for the rest. */
    CLASS_CHECKS_FIRST {
      @Override
      boolean isObject(Object value) {
        if (value instanceof ScriptableObject) {
          return true;
        }
        if (value == null
            || value instanceof String
            || value instanceof Number
            || value instanceof Boolean
            || value instanceof ConsString) {
          return false;
        }
        return value instanceof Scriptable;
      }
    };

    abstract boolean isObject(Object value);
  }

  /** The value tested. */
  public enum Value {
    INTEGER {
      @Override
      Object make() {
        return Integer.valueOf(1);
      }
    },
    STRING {
      @Override
      Object make() {
        return "point";
      }
    },
    NATIVE_OBJECT {
      @Override
      Object make() {
        return new NativeObject();
      }
    };

    abstract Object make();
  }

  @Param public Check check;
  @Param public Value value;

  private Object subject;

  @Setup
  public void setUp() {
    subject = value.make();
  }

  /** One check. */
  @Benchmark
  public boolean isObject() {
    return check.isObject(subject);
  }
}
