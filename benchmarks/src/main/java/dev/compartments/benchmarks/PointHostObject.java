package dev.compartments.benchmarks;

import dev.compartments.wrappers.HostMember;
import dev.compartments.wrappers.HostObject;
import java.util.List;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * A host native object as the membrane sees one (DESIGN.md section 5): a Java-defined class {@code
 * Point} whose members {@code x} (the number 1) and {@code y} (a plain object of the object's
 * global) are read-only accessors, implemented by native functions of the object's global that
 * also sit on its prototype, so a transparent wrapper and an Xray reach the same Java code.
 */
public final class PointHostObject extends ScriptableObject implements HostObject {
  private static final long serialVersionUID = 1L;

  private final transient HostMember x;
  private final transient HostMember y;

  private PointHostObject(HostMember x, HostMember y) {
    this.x = x;
    this.y = y;
  }

  /** A new Point in {@code global}, with its prototype and members made there. */
  public static PointHostObject create(Context cx, Scriptable global) {
    Scriptable y = (Scriptable) cx.evaluateString(global, "({z: 2})", "point", 1, null);
    LambdaFunction getX = new LambdaFunction(global, "x", 0, (c, scope, thisObj, args) -> 1);
    LambdaFunction getY = new LambdaFunction(global, "y", 0, (c, scope, thisObj, args) -> y);
    ScriptableObject prototype = (ScriptableObject) cx.newObject(global);
    defineGetter(cx, global, prototype, "x", getX);
    defineGetter(cx, global, prototype, "y", getY);
    PointHostObject point = new PointHostObject(HostMember.accessor("x", getX, null), HostMember.accessor("y", getY, null));
    point.setParentScope(global);
    point.setPrototype(prototype);
    return point;
  }

  private static void defineGetter(
      Context cx, Scriptable global, ScriptableObject holder, String name, LambdaFunction getter) {
    ScriptableObject desc = (ScriptableObject) cx.newObject(global);
    desc.put("get", desc, getter);
    desc.put("enumerable", desc, Boolean.TRUE);
    desc.put("configurable", desc, Boolean.TRUE);
    holder.defineOwnProperty(cx, name, desc);
  }

  @Override
  public String getClassName() {
    return "Point";
  }

  @Override
  public HostMember hostMember(String name) {
    switch (name) {
      case "x":
        return x;
      case "y":
        return y;
      default:
        return null;
    }
  }

  @Override
  public List<String> hostMemberNames() {
    return List.of("x", "y");
  }
}
