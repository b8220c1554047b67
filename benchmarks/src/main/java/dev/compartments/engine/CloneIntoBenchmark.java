package dev.compartments.engine;

import dev.compartments.benchmarks.RhinoMode;
import dev.compartments.benchmarks.ScriptLoop;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * R5: {@code Cu.cloneInto(x, sb)} (a structured clone read in the system sandbox and built in a
 * content sandbox) against {@code JSON.parse(JSON.stringify(x))} in the same Rhino and the same
 * system global, for data of growing size: a flat object of about 1 KB, nested objects of about 10
 * KB and 100 KB, and about 1 MB of objects with arrays (sizes are of the JSON text); and {@code
 * cloneInto} of a cyclic graph with shared references, which JSON cannot copy. Dividing each score
 * by the size shows whether the cost grows linearly. The engine runs with {@link Limits#NONE}. The
 * score is microseconds per copy.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CloneIntoBenchmark -f 1 -wi 3 -w 1s -i
 * 5 -r 1s -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CloneIntoBenchmark {
  /** The functions that make the data, defined in the system sandbox's global. */
  static final String GENERATORS =
      String.join(
          "\n",
          "function makeFlat(keys) {",
          "  var o = {};",
          "  for (var i = 0; i < keys; i++) o['key' + i] = i % 2 ? 'value-' + i : i * 1.5;",
          "  return o;",
          "}",
          "function makeNested(count) {",
          "  var nodes = [];",
          "  for (var i = 0; i < count; i++) {",
          "    var node = {id: i, name: 'node-' + i, score: i * 0.25, ok: i % 2 === 0, children: {}};",
          "    nodes.push(node);",
          "    if (i > 0) nodes[(i - 1) >> 2].children['c' + ((i - 1) & 3)] = node;",
          "  }",
          "  return nodes[0];",
          "}",
          "function makeArrays(rows) {",
          "  var list = [];",
          "  for (var i = 0; i < rows; i++) {",
          "    list.push({id: i, label: 'row-' + i, tags: ['alpha', 'beta', 'gamma'],",
          "               values: [i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6, i + 7]});",
          "  }",
          "  return {rows: list, total: rows};",
          "}",
          "function makeCyclic(count) {",
          "  var nodes = [];",
          "  for (var i = 0; i < count; i++) nodes.push({id: i, name: 'node-' + i});",
          "  for (var j = 0; j < count; j++) {",
          "    nodes[j].next = nodes[(j + 1) % count];",
          "    nodes[j].prev = nodes[(j + count - 1) % count];",
          "    nodes[j].first = nodes[0];",
          "  }",
          "  var root = {nodes: nodes};",
          "  root.self = root;",
          "  return root;",
          "}");

  /** The data copied; each constant's expression makes it in the system global. */
  public enum Shape {
    FLAT_1KB("makeFlat(70)"),
    NESTED_10KB("makeNested(148)"),
    NESTED_100KB("makeNested(1420)"),
    ARRAYS_1MB("makeArrays(9300)");

    final String source;

    Shape(String source) {
      this.source = source;
    }
  }

  /** How the data is copied. */
  public enum Copy {
    /** {@code Cu.cloneInto(x, sb)}: the clone is built in the content sandbox. */
    CLONE_INTO("function run(x, sb) { return Cu.cloneInto(x, sb); }"),
    /** Baseline: {@code JSON.parse(JSON.stringify(x))}, in the system global itself. */
    JSON_ROUND_TRIP("function run(x, sb) { return JSON.parse(JSON.stringify(x)); }");

    final String source;

    Copy(String source) {
      this.source = source;
    }
  }

  /** The data of a {@link Shape} and the compiled copy function. */
  @State(Scope.Thread)
  public static class Sized {
    @Param public Shape shape;
    @Param public Copy copy;
    @Param public RhinoMode mode;

    ScriptLoop loop;

    @Setup
    public void setUp() {
      loop = compile(mode, copy.source, shape.source);
    }

    @TearDown
    public void tearDown() {
      loop.close();
    }
  }

  /** A cyclic graph of 1,000 nodes with shared references, and {@code cloneInto}. */
  @State(Scope.Thread)
  public static class Cyclic {
    @Param public RhinoMode mode;

    ScriptLoop loop;

    @Setup
    public void setUp() {
      loop = compile(mode, Copy.CLONE_INTO.source, "makeCyclic(1000)");
    }

    @TearDown
    public void tearDown() {
      loop.close();
    }
  }

  static ScriptLoop compile(RhinoMode mode, String copySource, String dataSource) {
    EngineFixture f = new EngineFixture(mode, Limits.NONE);
    f.eval(f.systemGlobal(), GENERATORS);
    Object data = f.eval(f.systemGlobal(), dataSource);
    Object sb = f.eval(f.systemGlobal(), "sb");
    return new ScriptLoop(f.cx, f.systemGlobal(), copySource, data, sb);
  }

  /** One copy of the sized data. */
  @Benchmark
  public Object copy(Sized state) {
    return state.loop.run();
  }

  /** One {@code cloneInto} of the cyclic graph. */
  @Benchmark
  public Object cloneCyclic(Cyclic state) {
    return state.loop.run();
  }
}
