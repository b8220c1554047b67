package dev.compartments.conformance.escape;

import dev.compartments.cli.conformance.Invariant;
import dev.compartments.engine.Engine;
import dev.compartments.engine.Sandbox;
import dev.compartments.engine.SandboxOptions;
import dev.compartments.engine.Window;
import dev.compartments.principals.Principal;
import dev.compartments.wrappers.Compartment;
import dev.compartments.wrappers.Membrane;
import dev.compartments.wrappers.Wrappers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * One run of one case. A fresh engine (with the host class {@link Vault}); a system sandbox that
 * runs the fixture ({@code src/test/escape/fixture/system.js}); the attacker (a sandbox with export
 * helpers, or a window with two generations of cross-origin frames) and a victim sandbox of a third
 * origin, both made by the host and handed to the system global as {@code sb} and {@code victim};
 * then the case's setup, its hostile script evaluated in the attacker by the system global ({@code
 * Cu.evalInSandbox} or {@code Host.evalInWindow}, as a host's system code would; or directly by the
 * host, for {@code entry: host}), and the checks.
 *
 * <p>The checks after the script: its completion value (the case asserts it); the case's own system
 * checks; that the system global, the victim and the victim frames are as they were before the
 * script ({@link StateSnapshot}: every raw object two steps from each global or from what the
 * attacker was given of it, standard prototypes included, compared by identity); and the membrane
 * invariant over the attacker's global ({@link Invariant}: no raw object of another compartment
 * reachable from it).
 *
 * <p>Not thread-safe; one thread per arena.
 */
final class Arena {
  static final Path FIXTURE = Path.of("src", "test", "escape", "fixture", "system.js");
  private static final String FIXTURE_SOURCE = read(FIXTURE);
  private static final Map<Mode, Script> FIXTURES = new EnumMap<>(Mode.class);
  /** System names whose contents may change: the fixture's bookkeeping. */
  private static final Set<String> UNWATCHED = Set.of("journal");

  /** What one run observed. */
  record Outcome(String observed, List<String> problems) {}

  private final Engine engine;
  private final Membrane membrane;
  private final Attacker attacker;
  private final Sandbox system;
  private final Scriptable attackerGlobal;
  private final Compartment attackerCompartment;
  private final Scriptable victimGlobal;
  private final Compartment victimCompartment;
  private final List<Scriptable> victimWindows = new ArrayList<>();
  private final StateSnapshot.Reader systemReader;
  private final StateSnapshot.Reader victimReader;
  private final List<StateSnapshot.Reader> victimWindowReaders = new ArrayList<>();
  /** Evaluates a script in the attacker's global as the host would, outside any system script. */
  private final Function<String, Object> hostEvaluate;

  Arena(Mode mode, Attacker attacker) {
    this.engine = Engine.builder().interpreted(mode.interpreted()).hostClass(Vault.SPEC).build();
    this.membrane = engine.membrane();
    this.attacker = attacker;
    this.system = engine.createSandbox(Principal.system());
    Sandbox victim = engine.createSandbox(Principal.fromUrl("https://victim.example"));
    this.victimGlobal = victim.unsafeGlobal();
    this.victimCompartment = victim.compartment();
    Vault systemVault = new Vault("system-vault");
    engine.defineHostObject(system, "sysVault", "Vault", systemVault);
    Vault attackerVault = new Vault("attacker-vault");
    Map<String, Scriptable> handles = new LinkedHashMap<>();
    handles.put("victim", victimGlobal);
    if (attacker == Attacker.WINDOW) {
      Window a = engine.createWindow(Attacker.WINDOW_URL);
      Window b = engine.createWindow(Attacker.FRAME_URL, a, "bee");
      Window c = engine.createWindow(Attacker.GRANDCHILD_URL, b, "sea");
      a.defineHostObject("myVault", "Vault", attackerVault);
      b.evaluate(
          "var secret = 'b-secret'; window.foo = { bar: 1 };"
              + " addEventListener('message', function (e) { e.source.postMessage({ echo: e.data, from: 'b' }, '*'); });",
          "frame.js");
      c.evaluate("var secret = 'c-secret';", "grandchild.js");
      this.attackerGlobal = a.unsafeGlobal();
      this.attackerCompartment = a.compartment();
      this.hostEvaluate = source -> a.evaluate(source, "attack.js");
      victimWindows.add(b.unsafeGlobal());
      victimWindows.add(c.unsafeGlobal());
      handles.put("winB", b.unsafeGlobal());
      handles.put("winC", c.unsafeGlobal());
    } else {
      Sandbox sandbox =
          engine.createSandbox(attacker.sandboxPrincipal(), SandboxOptions.DEFAULT.withWantExportHelpers(true));
      engine.defineHostObject(sandbox, "myVault", "Vault", attackerVault);
      this.attackerGlobal = sandbox.unsafeGlobal();
      this.attackerCompartment = sandbox.compartment();
      this.hostEvaluate = source -> sandbox.evaluate(source, "attack.js");
    }
    handles.put("sb", attackerGlobal);
    this.systemReader = inContext(cx -> {
      Scriptable global = system.unsafeGlobal();
      handles.forEach((name, raw) ->
          ScriptableObject.defineProperty(global, name, membrane.wrap(raw, system.compartment()), ScriptableObject.DONTENUM));
      return new StateSnapshot.Reader(global);
    });
    this.victimReader = inContext(cx -> new StateSnapshot.Reader(victimGlobal));
    for (Scriptable window : victimWindows) {
      victimWindowReaders.add(inContext(cx -> new StateSnapshot.Reader(window)));
    }
    // The fixture is trusted system code, the same for every case: compiled once per mode and run
    // here as a top-level script of the system global, as the engine would run it.
    inContext(cx -> fixture(cx, mode).exec(cx, system.unsafeGlobal(), system.unsafeGlobal()));
    // The attacker's own vault leaks a raw system object from Java: the engine must wrap it.
    attackerVault.leaked = inContext(cx -> ScriptableObject.getProperty(system.unsafeGlobal(), "secrets"));
  }

  /** The fixture compiled once per mode, on first use, by a context of that mode. */
  private static synchronized Script fixture(Context cx, Mode mode) {
    return FIXTURES.computeIfAbsent(mode, m -> cx.compileString(FIXTURE_SOURCE, "fixture.js", 1, null));
  }

  /** Runs {@code escapeCase}'s setup, stages and checks, and reports what it saw. */
  Outcome run(EscapeCase escapeCase) {
    for (String setup : escapeCase.setup()) {
      system.evaluate(setup, "setup.js");
    }
    StateSnapshot systemBefore = snapshot(systemReader, system.compartment(), system.unsafeGlobal());
    StateSnapshot victimBefore = snapshot(victimReader, victimCompartment, victimGlobal);
    List<StateSnapshot> windowsBefore = new ArrayList<>();
    for (int i = 0; i < victimWindows.size(); i++) {
      Scriptable window = victimWindows.get(i);
      windowsBefore.add(snapshot(victimWindowReaders.get(i), membrane.compartmentOf(window), window));
    }

    String observed = null;
    for (EscapeCase.Stage stage : escapeCase.stages()) {
      if (!stage.systemBefore().isBlank()) {
        system.evaluate(stage.systemBefore(), "between.js");
      }
      observed = escapeCase.hostEntry()
          ? hostDisplay(hostEvaluate.apply(wrapped(stage.source())))
          : display(system.evaluate(attackRun(stage.source()), "harness.js"));
      engine.drainEvents();
    }

    List<String> problems = new ArrayList<>();
    for (String check : escapeCase.checks()) {
      Object value = system.evaluate(check, "check.js");
      if (!Boolean.TRUE.equals(value)) {
        problems.add("system check failed: " + check + " (gave " + display(value) + ")");
      }
    }
    inContext(cx -> {
      systemBefore.changesSince(cx, systemReader).forEach(c -> problems.add("system state: " + c));
      victimBefore.changesSince(cx, victimReader).forEach(c -> problems.add("victim state: " + c));
      for (int i = 0; i < windowsBefore.size(); i++) {
        windowsBefore.get(i).changesSince(cx, victimWindowReaders.get(i)).forEach(c -> problems.add("victim window: " + c));
      }
      Invariant.violations(membrane, attackerCompartment, Map.of("attacker", attackerGlobal))
          .forEach(v -> problems.add("membrane: " + v));
      return null;
    });
    return new Outcome(observed, problems);
  }

  /**
   * The system script that runs {@code source} in the attacker (see {@link #wrapped}) and turns what
   * it gives back into a string, on the system side, only if it is a primitive.
   */
  private String attackRun(String source) {
    String eval = attacker == Attacker.WINDOW
        ? "Host.evalInWindow(" + Js.quote(wrapped(source)) + ", sb)"
        : "Cu.evalInSandbox(" + Js.quote(wrapped(source)) + ", sb, 'latest', 'attack.js', 1)";
    return "(function (r) {\n"
        + "  return typeof r === 'function' ? '<function>' : typeof r === 'object' && r !== null ? '<object>' : String(r);\n"
        + "})(" + eval + ")";
  }

  /**
   * {@code source} in a try statement whose completion value is the script's, or {@code throws
   * Name: message} as the attacker sees what the script threw (read by the attacker's own code).
   */
  private static String wrapped(String source) {
    return "try {\n"
        + source
        + "\n} catch (escapeSuiteThrown) {\n"
        + "  (function (e) {\n"
        + "    try {\n"
        + "      if (e === null || (typeof e !== 'object' && typeof e !== 'function')) { return 'throws ' + String(e); }\n"
        + "      return 'throws ' + e.name + ': ' + e.message;\n"
        + "    } catch (unreadable) {\n"
        + "      return 'throws <unreadable: ' + unreadable.message + '>';\n"
        + "    }\n"
        + "  })(escapeSuiteThrown);\n"
        + "}\n";
  }

  /** What the host got back from a run in the attacker: only primitives are shown. */
  private static String hostDisplay(Object hostValue) {
    if (hostValue instanceof Scriptable) {
      return hostValue instanceof org.mozilla.javascript.Callable ? "<function>" : "<object>";
    }
    return hostValue == null ? "undefined" : display(hostValue);
  }

  private static String display(Object hostValue) {
    return hostValue == null ? "null" : hostValue.toString();
  }

  private StateSnapshot snapshot(StateSnapshot.Reader reader, Compartment compartment, Scriptable global) {
    return inContext(cx -> {
      // What the attacker holds of this compartment (the fixture's endowments), seen raw.
      Map<String, Scriptable> given = new LinkedHashMap<>();
      for (Object id : ((ScriptableObject) attackerGlobal).getAllIds()) {
        if (id instanceof String) {
          Object value = ((ScriptableObject) attackerGlobal).get((String) id, attackerGlobal);
          if (Wrappers.isWrapper(value) && Wrappers.ownerOf(membrane, (Scriptable) value) == compartment) {
            given.put("attacker." + id, Wrappers.unsafeUnwrap((Scriptable) value));
          }
        }
      }
      // Rhino makes some standard objects (Math, JSON, ...) on first use; make them now, so that a
      // first use by the case is no change.
      for (Object id : ((ScriptableObject) global).getAllIds()) {
        if (id instanceof String) {
          ScriptableObject.getProperty(global, (String) id);
        }
      }
      return StateSnapshot.take(cx, reader, membrane, compartment, global, given, UNWATCHED);
    });
  }

  private <T> T inContext(Function<Context, T> action) {
    Context current = Context.getCurrentContext();
    if (current != null) {
      return action.apply(current);
    }
    try (Context cx = membrane.contextFactory().enterContext()) {
      return action.apply(cx);
    }
  }

  /** How Rhino runs the scripts. */
  enum Mode {
    COMPILED,
    INTERPRETED;

    boolean interpreted() {
      return this == INTERPRETED;
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
