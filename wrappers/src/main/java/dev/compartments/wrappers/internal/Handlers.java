package dev.compartments.wrappers.internal;

import dev.compartments.wrappers.ObjectKind;
import dev.compartments.wrappers.WrapperKind;

/** Picks the handler for a wrapper kind and object kind; called once, when a wrapper is made. */
final class Handlers {
  private Handlers() {}

  static Handler forKind(WrapperKind kind, ObjectKind objectKind, boolean standardPrototype) {
    switch (kind) {
      case TRANSPARENT:
        return TransparentHandler.TRANSPARENT;
      case WAIVER:
        return TransparentHandler.WAIVER;
      case XRAY:
        return xray(objectKind, standardPrototype);
      case CROSS_ORIGIN:
        return CrossOriginHandler.forKind(objectKind);
      case CHROME_OBJECT:
        return ChromeObjectHandler.INSTANCE;
      case CALLABLE_OPAQUE:
        return CallableOpaqueHandler.CALLABLE;
      case OPAQUE:
        return OpaqueHandler.INSTANCE;
      default:
        throw new IllegalArgumentException("no handler for " + kind);
    }
  }

  private static Handler xray(ObjectKind objectKind, boolean standardPrototype) {
    if (standardPrototype) {
      return StandardPrototypeXray.INSTANCE;
    }
    switch (objectKind) {
      case PLAIN_OBJECT:
      case ARRAY:
        return JsObjectXray.INSTANCE;
      case FUNCTION:
      case EVAL_OR_FUNCTION_CONSTRUCTOR:
        return FunctionXray.INSTANCE;
      case ERROR:
        return ErrorXray.INSTANCE;
      case REGEXP:
        return RegExpXray.INSTANCE;
      case TYPED_ARRAY:
        return TypedArrayXray.INSTANCE;
      case NATIVE_STATE:
        return PlainXray.NATIVE_STATE;
      case HOST_NATIVE:
      case WINDOW:
      case LOCATION:
        return HostXray.INSTANCE;
      default:
        return PlainXray.OPAQUE;
    }
  }
}
