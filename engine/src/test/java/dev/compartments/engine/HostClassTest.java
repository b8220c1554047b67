package dev.compartments.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.compartments.principals.Principal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Host native classes: declared members only, JavaScript values only, configuration errors. */
class HostClassTest {
  /** A peer type declared with annotations. */
  @HostClass("Counter")
  public static final class Counter {
    private double value;
    private String label = "";

    @HostMethod
    public double increment(double by) {
      value += by;
      return value;
    }

    @HostProperty
    public double getValue() {
      return value;
    }

    @HostProperty
    public String getLabel() {
      return label;
    }

    @HostProperty
    public void setLabel(String label) {
      this.label = label;
    }

    @HostMethod("describe")
    public String description() {
      return label + "=" + (long) value;
    }

    @HostMethod
    public Object echo(Object value) {
      return value;
    }

    @HostMethod
    public Object leak() {
      return new ArrayList<String>();
    }

    @HostMethod
    public void reject(String message) {
      throw new IllegalArgumentException(message);
    }

    @HostMethod
    public void crash() {
      throw new IllegalStateException("internal detail of the host");
    }

    /** Public but not annotated: never visible to scripts. */
    public String secret() {
      return "java-only";
    }

    String label() {
      return label;
    }
  }

  /** An annotated method with a parameter type scripts cannot give. */
  @HostClass("Bad")
  public static final class BadParameter {
    @HostMethod
    public void take(List<String> list) {}
  }

  /** A setter without a getter. */
  @HostClass("SetterOnly")
  public static final class SetterOnly {
    @HostProperty
    public void setX(String x) {}
  }

  /** Not annotated at all. */
  public static final class Plain {}

  private Engine engine;
  private Counter peer;
  private Sandbox content;

  @BeforeEach
  void setUp() {
    engine =
        Engine.builder()
            .hostClass(Counter.class)
            .hostClass(
                HostClassSpec.builder("Greeter", StringBuilder.class)
                    .method("greet", 1, (sb, args) -> sb.append("hello ").append(args.get(0)).toString())
                    .property("size", StringBuilder::length)
                    .property("text", StringBuilder::toString, (sb, v) -> sb.replace(0, sb.length(), String.valueOf(v)))
                    .build())
            .build();
    peer = new Counter();
    content = engine.createSandbox(Principal.content("https://a.example"));
    engine.defineHostObject(content, "counter", "Counter", peer);
  }

  private Object eval(String source) {
    return engine.evaluate(content, source);
  }

  /** The name and message of what {@code statement} throws, or "no exception". */
  private Object thrown(String statement) {
    return eval("(function () { try { " + statement + "; return 'no exception'; } catch (e) { return e.name + ': ' + e.message; } })()");
  }

  @Test
  void declaredMembers_runTheJavaPeer() {
    assertEquals(5.0, ((Number) eval("counter.increment(2); counter.increment(3)")).doubleValue());
    assertEquals(5.0, ((Number) eval("counter.value")).doubleValue());
    eval("counter.label = 'clicks'");
    assertEquals("clicks", peer.label());
    assertEquals("clicks=5", eval("counter.describe()"));
    assertEquals(1, ((Number) eval("Counter.prototype.increment.length")).intValue());
  }

  @Test
  void javaOnlyMembers_areUndefined() {
    assertEquals(
        "undefined undefined undefined undefined undefined undefined",
        eval("[typeof counter.secret, typeof counter.getClass, typeof counter.getValue, typeof counter.description,"
            + " typeof counter.hashCode, typeof counter.wait].join(' ')"));
    assertEquals(
        "constructor,crash,describe,echo,increment,label,leak,reject,value",
        eval("Object.getOwnPropertyNames(Counter.prototype).sort().join()"));
    assertEquals("", eval("Object.keys(counter).join()"));
  }

  @Test
  void constructorChain_leadsOnlyToTheGlobalsOwnFunction() {
    assertEquals(Boolean.TRUE, eval("counter.constructor === Counter && Object.getPrototypeOf(counter) === Counter.prototype"));
    assertEquals(Boolean.TRUE, eval("counter.constructor.constructor === Function"));
    assertEquals(Boolean.TRUE, eval("counter.constructor.constructor('return this')() === this"));
    assertEquals("undefined undefined", eval("typeof Packages + ' ' + typeof java"));
    assertEquals("[object Counter]", eval("Object.prototype.toString.call(counter)"));
  }

  @Test
  void scripts_cannotConstructInstances() {
    assertEquals("TypeError: Illegal constructor", thrown("new Counter()"));
    assertEquals("TypeError: Illegal constructor", thrown("Counter()"));
  }

  @Test
  void members_checkTheirThis() {
    assertEquals(
        "TypeError: 'increment' called on an object that does not implement interface Counter.",
        thrown("Counter.prototype.increment.call({}, 1)"));
    assertEquals(
        "TypeError: 'value' called on an object that does not implement interface Counter.",
        thrown("Object.getOwnPropertyDescriptor(Counter.prototype, 'value').get.call(Object.create(counter))"));
    assertEquals(
        "TypeError: 'greet' called on an object that does not implement interface Greeter.",
        thrown("(function () { var g = Object.getOwnPropertyDescriptor(Greeter.prototype, 'greet').value; g.call(counter, 1); })()"));
  }

  @Test
  void results_mustBeJavaScriptValues() {
    assertEquals("TypeError: Counter.leak returned a value that is not a JavaScript value", thrown("counter.leak()"));
  }

  @Test
  void hostExceptions_reachScriptsAsErrors_withoutJavaDetails() {
    assertEquals("Error: step must be positive", thrown("counter.reject('step must be positive')"));
    assertEquals("Error: An exception was thrown", thrown("counter.crash()"));
  }

  @Test
  void arguments_andResults_areJavaScriptValues() {
    assertEquals("s 2 true", eval("[counter.echo('s'), counter.echo(2), counter.echo(true)].join(' ')"));
    assertEquals(Boolean.TRUE, eval("var o = {}; counter.echo(o) === o"));
    assertEquals(Boolean.TRUE, eval("counter.echo(undefined) === undefined && counter.echo(null) === undefined"));
    assertEquals("NaN", eval("String(counter.increment())"));
    assertEquals(Boolean.TRUE, eval("counter.echo(Symbol.iterator) === Symbol.iterator && counter.echo(10n) === 10n"));
  }

  @Test
  void builderClass_declaresItsMembers() {
    engine.defineHostObject(content, "greeter", "Greeter", new StringBuilder());
    assertEquals("hello bob", eval("greeter.greet('bob')"));
    assertEquals(9, ((Number) eval("greeter.size")).intValue());
    eval("greeter.text = 'reset'");
    assertEquals("reset 5", eval("greeter.text + ' ' + greeter.size"));
    assertEquals("undefined undefined", eval("typeof greeter.append + ' ' + typeof greeter.length"));
    assertEquals(List.of("greet", "size", "text"), spec().memberNames());
  }

  private static HostClassSpec<StringBuilder> spec() {
    return HostClassSpec.builder("Greeter", StringBuilder.class)
        .method("greet", 1, (sb, args) -> "")
        .property("size", StringBuilder::length)
        .property("text", StringBuilder::toString, (sb, v) -> {})
        .build();
  }

  @Test
  void everyGlobalOfTheEngine_getsTheClass() {
    Sandbox system = engine.createSandbox(Principal.system());
    assertEquals("function", engine.evaluate(system, "typeof Counter"));
    Window window = engine.createWindow("https://w.example/");
    assertEquals("function function", window.evaluate("typeof Counter + ' ' + typeof Greeter"));
    window.defineHostObject("c", "Counter", new Counter());
    assertEquals(3.0, ((Number) window.evaluate("c.increment(3)")).doubleValue());
  }

  @Test
  void instancesOfTwoGlobals_haveEachTheirGlobalsPrototype() {
    Sandbox other = engine.createSandbox(Principal.content("https://a.example"));
    engine.defineHostObject(other, "counter", "Counter", peer);
    assertEquals(Boolean.TRUE, engine.evaluate(other, "Object.getPrototypeOf(counter) === Counter.prototype"));
    eval("counter.increment(4)");
    assertEquals(4.0, ((Number) engine.evaluate(other, "counter.value")).doubleValue());
  }

  @Test
  void configurationMistakes_failWhenConfiguring() {
    assertEquals(
        "host class name \"Window\" is reserved",
        assertThrows(IllegalArgumentException.class, () -> HostClassSpec.builder("Window", Object.class)).getMessage());
    assertEquals(
        "host class name \"not-a-name\" is not a JavaScript identifier",
        assertThrows(IllegalArgumentException.class, () -> HostClassSpec.builder("not-a-name", Object.class)).getMessage());
    assertEquals(
        "member name \"constructor\" of host class C is reserved",
        assertThrows(
                IllegalArgumentException.class,
                () -> HostClassSpec.builder("C", Object.class).method("constructor", 0, (p, a) -> null))
            .getMessage());
    assertEquals(
        "host class C already declares \"x\"",
        assertThrows(
                IllegalArgumentException.class,
                () -> HostClassSpec.builder("C", Object.class).property("x", p -> 1).method("x", 0, (p, a) -> null))
            .getMessage());
    assertEquals(
        "host class \"Counter\" was already registered",
        assertThrows(IllegalArgumentException.class, () -> Engine.builder().hostClass(Counter.class).hostClass(Counter.class))
            .getMessage());
    assertEquals(
        "BadParameter.take: parameter 1 has type java.util.List; a host member takes String, double, int, long,"
            + " boolean or Object",
        assertThrows(IllegalArgumentException.class, () -> HostClassSpec.fromAnnotated(BadParameter.class)).getMessage());
    assertEquals(
        "SetterOnly.setX: property \"x\" has a setter but no getter",
        assertThrows(IllegalArgumentException.class, () -> HostClassSpec.fromAnnotated(SetterOnly.class)).getMessage());
    assertEquals(
        Plain.class.getName() + " is not annotated with @HostClass",
        assertThrows(IllegalArgumentException.class, () -> HostClassSpec.fromAnnotated(Plain.class)).getMessage());
  }

  @Test
  void instances_needARegisteredClass_andAPeerOfItsType() {
    assertEquals(
        "no host class \"Nope\" is registered with this engine",
        assertThrows(IllegalArgumentException.class, () -> engine.newHostObject(content, "Nope", peer)).getMessage());
    assertEquals(
        "the peer of a Counter cannot be a java.lang.String",
        assertThrows(IllegalArgumentException.class, () -> engine.newHostObject(content, "Counter", "text")).getMessage());
  }
}
