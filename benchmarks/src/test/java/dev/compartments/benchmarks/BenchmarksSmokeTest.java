package dev.compartments.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark the JMH annotation processor listed, once per combination of its
 * parameters, without JMH and without timing: the states are made and set up as JMH would, the
 * benchmark method is invoked once, and the states are torn down. A benchmark whose setup throws,
 * whose variant builds the wrong wrapper, or whose loop counts anything but {@link
 * ScriptLoop#OPERATIONS} matching operations fails the build.
 */
class BenchmarksSmokeTest {
  @TestFactory
  Stream<DynamicTest> everyBenchmarkRunsOnceWithEveryParameterCombination() {
    List<BenchmarkListEntry> entries =
        new ArrayList<>(
            BenchmarkList.defaultList()
                .getAll(OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), List.of()));
    entries.sort(Comparator.comparing(BenchmarkListEntry::getUsername));
    assertFalse(entries.isEmpty(), "the JMH annotation processor listed no benchmark");
    List<DynamicTest> tests = new ArrayList<>();
    for (BenchmarkListEntry entry : entries) {
      Class<?> type = load(entry.getUserClassQName());
      String methodName = entry.getUsername().substring(entry.getUserClassQName().length() + 1);
      Method method = Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(methodName)).findFirst().orElseThrow();
      List<Class<?>> states = new ArrayList<>();
      if (type.isAnnotationPresent(State.class)) {
        states.add(type);
      }
      states.addAll(Arrays.asList(method.getParameterTypes()));
      for (Map<Field, Object> params : combinations(states)) {
        tests.add(DynamicTest.dynamicTest(entry.getUsername() + " " + describe(params), () -> runOnce(type, method, states, params)));
      }
    }
    return tests.stream();
  }

  private static void runOnce(Class<?> type, Method method, List<Class<?>> states, Map<Field, Object> params)
      throws Exception {
    Map<Class<?>, Object> instances = new LinkedHashMap<>();
    for (Class<?> state : states) {
      instances.put(state, state.getConstructor().newInstance());
    }
    for (Map.Entry<Field, Object> param : params.entrySet()) {
      param.getKey().set(instances.get(param.getKey().getDeclaringClass()), param.getValue());
    }
    List<Object> setUp = new ArrayList<>();
    try {
      for (Object instance : instances.values()) {
        invokeAnnotated(instance, Setup.class);
        setUp.add(instance);
      }
      Object target = instances.containsKey(type) ? instances.get(type) : type.getConstructor().newInstance();
      Object[] args = Arrays.stream(method.getParameterTypes()).map(instances::get).toArray();
      Object result = unwrap(() -> method.invoke(target, args));
      assertNotNull(result, "the benchmark returned nothing");
      if (result instanceof Number) {
        assertEquals(ScriptLoop.OPERATIONS, ((Number) result).intValue(), "operations that saw the expected value");
      }
    } finally {
      for (Object instance : setUp) {
        invokeAnnotated(instance, TearDown.class);
      }
    }
  }

  private static void invokeAnnotated(Object instance, Class<? extends java.lang.annotation.Annotation> annotation)
      throws Exception {
    for (Method m : instance.getClass().getMethods()) {
      if (m.isAnnotationPresent(annotation)) {
        unwrap(() -> m.invoke(instance));
      }
    }
  }

  /** Every combination of the values of the {@code @Param} fields of {@code states}. */
  private static List<Map<Field, Object>> combinations(List<Class<?>> states) {
    List<Map<Field, Object>> result = new ArrayList<>();
    result.add(new LinkedHashMap<>());
    for (Class<?> state : states) {
      for (Field field : state.getFields()) {
        Param param = field.getAnnotation(Param.class);
        if (param == null) {
          continue;
        }
        List<Object> values = values(field, param);
        List<Map<Field, Object>> next = new ArrayList<>();
        for (Map<Field, Object> partial : result) {
          for (Object value : values) {
            Map<Field, Object> combination = new LinkedHashMap<>(partial);
            combination.put(field, value);
            next.add(combination);
          }
        }
        result = next;
      }
    }
    return result;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Object> values(Field field, Param param) {
    if (!field.getType().isEnum()) {
      throw new AssertionError(field + ": @Param values must be enum constants (STYLE.md)");
    }
    if (param.value().length == 0
        || (param.value().length == 1 && Param.BLANK_ARGS.equals(param.value()[0]))) {
      return Arrays.asList((Object[]) field.getType().getEnumConstants());
    }
    List<Object> values = new ArrayList<>();
    for (String name : param.value()) {
      values.add(Enum.valueOf((Class) field.getType(), name));
    }
    return values;
  }

  private static String describe(Map<Field, Object> params) {
    StringBuilder text = new StringBuilder();
    params.forEach((field, value) -> text.append(text.length() == 0 ? "" : ", ").append(field.getName()).append('=').append(value));
    return "[" + text + "]";
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("JMH lists " + name + " but it is not on the class path", e);
    }
  }

  @FunctionalInterface
  private interface Reflective {
    Object call() throws ReflectiveOperationException;
  }

  /** Runs a reflective call, rethrowing what the invoked method threw as itself. */
  private static Object unwrap(Reflective call) throws Exception {
    try {
      return call.call();
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception) {
        throw (Exception) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw e;
    }
  }
}
