// The enforcing loader's own script. It runs in a hidden system-principal global (its own
// compartment) that no module ever sees. Host functions (__host_*) are defined by PackageRuntime.java.
// Every module gets a sandbox of its own; what crosses between modules is built in the receiving
// module's compartment: functions as exported forwarders, data as clones, objects as frozen facades.
var __loader = (function () {
  "use strict";
  var Cu = Components.utils;
  var systemPrincipal = Services.scriptSecurityManager.getSystemPrincipal();
  var ERROR_MARK = "\u0000error:";
  var CHROME_MARK = "\u0000chrome";
  var COMPONENTS_MESSAGE =
      "`Components` is not available in this context. Use const {Cc, Ci, Cu} = require(\"chrome\"); "
      + "in a module that declares chrome.";
  var records = Object.create(null);
  var instances = Object.create(null);
  var icons = Object.create(null);
  var failures = new WeakSet();
  var apply = Function.prototype.call.bind(Function.prototype.apply);

  function asFailure(e) {
    return e !== null && typeof e === "object" && failures.has(e) ? e : describe(e);
  }

  // Run in each module's sandbox: replaces Components with a throwing getter, and builds the
  // module's require, exports, module, error maker, freezer and (for chrome) the chrome object.
  var SETUP =
      "(function (g, load, id, componentsMessage, errorMark, chromeMark) {\n"
      + "  var components = typeof g.Components === 'object' ? g.Components : undefined;\n"
      + "  delete g.Components; delete g.Cu; delete g.Services;\n"
      + "  Object.defineProperty(g, 'Components', {configurable: false, enumerable: false,\n"
      + "    get: function () { throw new ReferenceError(componentsMessage); }});\n"
      + "  var none = function () { return Object.freeze(Object.create(null)); };\n"
      + "  var chrome = components === undefined ? undefined : Object.freeze({Cc: none(), Ci: none(),\n"
      + "    Cu: components.utils, Cr: none(), Cm: none(), components: components});\n"
      + "  var ctors = {Error: Error, TypeError: TypeError, ReferenceError: ReferenceError,\n"
      + "    SyntaxError: SyntaxError, RangeError: RangeError, EvalError: EvalError, URIError: URIError};\n"
      + "  function makeError(name, message, file, line) {\n"
      + "    var C = Object.prototype.hasOwnProperty.call(ctors, name) ? ctors[name] : Error;\n"
      + "    var e = new C(message);\n"
      + "    if (file) { e.fileName = file; e.lineNumber = line; }\n"
      + "    return e;\n"
      + "  }\n"
      + "  function require(name) {\n"
      + "    if (typeof name !== 'string') {\n"
      + "      throw new TypeError('require: the module name must be a string, got ' + typeof name);\n"
      + "    }\n"
      + "    var r = load(name);\n"
      + "    if (r === chromeMark) { return chrome; }\n"
      + "    if (typeof r === 'string' && r.indexOf(errorMark) === 0) {\n"
      + "      var f = JSON.parse(r.substring(errorMark.length));\n"
      + "      throw makeError(f.name, f.message, f.file, f.line);\n"
      + "    }\n"
      + "    return r;\n"
      + "  }\n"
      + "  var exports = {};\n"
      + "  var module = {id: id, exports: exports};\n"
      + "  return {require: require, exports: exports, module: module, makeError: makeError,\n"
      + "    freeze: function (o) { return Object.freeze(o); }, newArray: function () { return []; }};\n"
      + "})(this, load, id, componentsMessage, errorMark, chromeMark)";

  function describe(e) {
    var w = e !== null && typeof e === "object" ? Cu.waiveXrays(e) : e;
    if (w !== null && typeof w === "object" && typeof w.message === "string") {
      var name = "Error";
      try { name = String(w.name); } catch (ignored) { /* keep Error */ }
      return {
        name: name,
        message: w.message,
        file: typeof w.fileName === "string" ? w.fileName : "",
        line: typeof w.lineNumber === "number" ? w.lineNumber : 0
      };
    }
    return {name: "uncaught exception", message: String(e), file: "", line: 0};
  }

  // A module of a package instance; `inst` names the instance ("" for a lone package).
  function record(inst, id) {
    var key = inst + "\u0000" + id;
    var r = records[key];
    if (r) {
      return r;
    }
    var chrome = __host_isChrome(inst, id);
    var sb = Cu.Sandbox(chrome ? systemPrincipal : null,
        {sandboxName: inst === "" ? id : inst + ":" + id, freshCompartment: true, wantComponents: chrome});
    r = {inst: inst, id: id, sandbox: sb, state: "new", facades: Object.create(null)};
    var load = Cu.exportFunction(function (name) { return loadFor(r, String(name)); }, sb);
    sb.load = load;
    sb.id = id;
    sb.componentsMessage = COMPONENTS_MESSAGE;
    sb.errorMark = ERROR_MARK;
    sb.chromeMark = CHROME_MARK;
    r.env = Cu.waiveXrays(Cu.evalInSandbox(SETUP, sb, "latest", "<loader>", 1));
    delete sb.load; delete sb.id; delete sb.componentsMessage; delete sb.errorMark; delete sb.chromeMark;
    records[key] = r;
    return r;
  }

  // Evaluates module `id` once; returns its record or throws its failure (the same each time).
  function instantiate(inst, id) {
    var r = record(inst, id);
    if (r.state === "done" || r.state === "loading") {
      return r;
    }
    if (r.state === "failed") {
      throw r.failure;
    }
    r.state = "loading";
    try {
      var source = __host_source(inst, id);
      var fn = Cu.evalInSandbox("(function (require, exports, module) {" + source + "\n})",
          r.sandbox, "latest", __host_file(inst, id), 1);
      Cu.waiveXrays(fn).call(Cu.waiveXrays(r.env.exports), r.env.require, r.env.exports, r.env.module);
      r.state = "done";
      return r;
    } catch (e) {
      r.state = "failed";
      var d = asFailure(e);
      if (!failures.has(d)) {
        var file = __host_file(inst, id);
        if (d.file === "" || d.file === "<loader>") {
          var w = e !== null && typeof e === "object" ? Cu.waiveXrays(e) : undefined;
          var stack = w !== undefined && typeof w.stack === "string" ? w.stack : "";
          var at = stack.indexOf(file + ":");
          var m = at < 0 ? null : /^:(\d+)/.exec(stack.substring(at + file.length));
          d.file = file;
          d.line = m ? Number(m[1]) : 0;
        }
        failures.add(d);
      }
      r.failure = d;
      throw d;
    }
  }

  function exportsOf(r) {
    return Cu.waiveXrays(r.env.module).exports;
  }

  // require(name) from the module of record `from`: a facade in from's compartment, the chrome
  // mark, or an error string the require stub turns into an error of from's compartment.
  function loadFor(from, name) {
    try {
      var target = __host_resolve(from.inst, from.id, name);
      if (target === "chrome") {
        return CHROME_MARK;
      }
      var cached = from.facades[target];
      if (cached !== undefined) {
        return cached.value;
      }
      var value;
      if (target.indexOf("sdk/") === 0) {
        value = expose(lowLevel(target.substring(4), from), from, null, new Map(), true);
      } else {
        var r = instantiate(from.inst, target);
        value = expose(exportsOf(r), from, r, new Map(), true);
      }
      from.facades[target] = {value: value};
      return value;
    } catch (e) {
      var d = asFailure(e);
      // Where the requiring module can report it: its own require call, unless a module failed.
      var shown = failures.has(d) ? d : {name: d.name, message: d.message, file: "", line: 0};
      return ERROR_MARK + JSON.stringify(shown);
    }
  }

  // `value` as record `source` holds it (null: the loader's own low-level modules), made
  // reachable from record `target`: primitives as they are, functions as forwarders, data as
  // clones, other objects as frozen facades built in target's compartment.
  function expose(value, target, source, seen, freeze) {
    if (value === null || (typeof value !== "object" && typeof value !== "function")) {
      return value;
    }
    if (seen.has(value)) {
      return seen.get(value);
    }
    if (typeof value === "function") {
      var forwarder = Cu.exportFunction(wrap(value, target, source), target.sandbox);
      seen.set(value, forwarder);
      return forwarder;
    }
    try {
      var clone = Cu.cloneInto(value, target.sandbox, {deepFreeze: freeze});
      seen.set(value, clone);
      return clone;
    } catch (notCloneable) {
      var w = Cu.waiveXrays(value);
      var out = Cu.waiveXrays(Array.isArray(w) ? target.env.newArray() : Cu.createObjectIn(target.sandbox));
      seen.set(value, out);
      var keys = Object.keys(w);
      for (var i = 0; i < keys.length; i++) {
        out[keys[i]] = expose(w[keys[i]], target, source, seen, freeze);
      }
      return freeze ? target.env.freeze(out) : out;
    }
  }

  function wrap(fn, target, source) {
    var f = Cu.waiveXrays(fn);
    return function () {
      var args = [];
      for (var i = 0; i < arguments.length; i++) {
        args.push(source === null ? arguments[i] : expose(arguments[i], source, target, new Map(), false));
      }
      var result;
      try {
        result = apply(f, undefined, args);
      } catch (e) {
        var d = describe(e);
        throw target.env.makeError(d.name, d.message, d.file, d.line);
      }
      return expose(result, target, source, new Map(), false);
    };
  }

  // ---- low-level modules ----
  var timers = [];
  var timerSeq = 0;
  var now = 0;

  function addTimer(fn, delay, args, repeat) {
    if (typeof fn !== "function") {
      throw new TypeError("timers: the callback must be a function");
    }
    var ms = Math.max(0, Number(delay) || 0);
    var id = ++timerSeq;
    timers.push({id: id, order: id, due: now + ms, fn: fn, args: args, interval: repeat ? Math.max(1, ms) : -1});
    return id;
  }

  function clearTimer(id) {
    for (var i = 0; i < timers.length; i++) {
      if (timers[i].id === id) {
        timers.splice(i, 1);
        return;
      }
    }
  }

  function requireChrome(name, from) {
    if (!__host_isChrome(from.inst, from.id)) {
      throw new Error(name + ": Module: " + from.id + " is not chrome; only a module that requires \"chrome\" may use " + name);
    }
  }

  function headersJson(headers) {
    if (headers === undefined || headers === null) {
      return null;
    }
    var h = Cu.waiveXrays(headers);
    var out = {};
    var keys = Object.keys(h);
    for (var i = 0; i < keys.length; i++) {
      out[String(keys[i])] = String(h[keys[i]]);
    }
    return JSON.stringify(out);
  }

  function bodyText(body) {
    return body === undefined || body === null ? null : String(body);
  }

  function lowLevel(name, from) {
    var requirer = from.id;
    var pkg = requirer.substring(0, requirer.indexOf("/"));
    switch (name) {
      case "console": {
        var line = function () {
          var parts = [];
          for (var i = 0; i < arguments.length; i++) {
            parts.push(String(arguments[i]));
          }
          __host_print(parts.join(" "));
        };
        return {log: line, info: line, warn: line, error: line};
      }
      case "timers":
        return {
          setTimeout: function (fn, delay) { return addTimer(fn, delay, Array.prototype.slice.call(arguments, 2), false); },
          setInterval: function (fn, delay) { return addTimer(fn, delay, Array.prototype.slice.call(arguments, 2), true); },
          clearTimeout: function (id) { clearTimer(id); },
          clearInterval: function (id) { clearTimer(id); }
        };
      case "storage":
        return {
          get: function (key) {
            var text = __host_storageGet(pkg, String(key));
            return text === null || text === undefined ? undefined : JSON.parse(text);
          },
          set: function (key, value) {
            var text = JSON.stringify(value);
            if (text === undefined) {
              throw new TypeError("storage: the value of " + JSON.stringify(String(key)) + " cannot be stored as JSON");
            }
            __host_storageSet(pkg, String(key), text);
          },
          remove: function (key) { __host_storageSet(pkg, String(key), null); },
          keys: function () { return JSON.parse(__host_storageKeys(pkg)); }
        };
      case "xhr": {
        var request = function (method, url, body, headers) {
          return JSON.parse(__host_http(from.inst, pkg, String(method), String(url), bodyText(body), headersJson(headers)));
        };
        var xhr = {
          request: function (options) {
            var o = Cu.waiveXrays(options || {});
            return request(o.method || "GET", o.url, o.body, o.headers);
          },
          get: function (url) { return request("GET", url, null, null); },
          post: function (url, body) { return request("POST", url, body, null); }
        };
        if (__host_isChrome(from.inst, from.id)) {
          // Chrome may reach any origin it names: forOrigin(o) is a requester held to exactly o.
          xhr.forOrigin = function (origin) {
            var o = __host_checkOrigin(from.inst, requirer, String(origin));
            return {
              origin: o,
              request: function (options) {
                var w = Cu.waiveXrays(options || {});
                return JSON.parse(__host_httpTo(from.inst, requirer, o, String(w.method || "GET"), String(w.url),
                    bodyText(w.body), headersJson(w.headers)));
              }
            };
          };
        }
        return xhr;
      }
      case "passwords":
        return {
          get: function (slot) {
            var v = __host_password(from.inst, requirer, slot === undefined || slot === null ? null : String(slot));
            return v === undefined ? null : v;
          }
        };
      case "statusbar":
        requireChrome("statusbar", from);
        return {
          icon: function (label) {
            var name = String(label);
            var icon = icons[name] || (icons[name] = {listeners: []});
            __host_iconSet(name, "");
            return {
              setText: function (text) { __host_iconSet(name, String(text)); },
              onClick: function (fn) {
                if (typeof fn !== "function") {
                  throw new TypeError("statusbar: onClick needs a function");
                }
                icon.listeners.push(fn);
              }
            };
          }
        };
      case "tabs":
        requireChrome("tabs", from);
        return {
          open: function (url) { __host_openTab(String(url)); }
        };
      default:
        throw new Error("no low-level module " + name);
    }
  }

  function failureJson(e) {
    return JSON.stringify(asFailure(e));
  }

  // The maker call of a component instance: main module, endowments as facades, params as data.
  function make(inst, id, slots, paramsJson) {
    var r = instantiate(inst, id);
    var maker = exportsOf(r);
    if (typeof maker !== "function") {
      throw new TypeError("component " + inst + ": its main module " + id
          + " must export a maker function (endowments, params) => object, not " + typeof maker);
    }
    var endowments = Cu.waiveXrays(Cu.createObjectIn(r.sandbox));
    var names = Object.keys(slots);
    for (var i = 0; i < names.length; i++) {
      var provider = instances[slots[names[i]]];
      if (provider === undefined) {
        throw new Error("component " + inst + ": slot " + names[i] + " is wired to " + slots[names[i]] + ", which is not built yet");
      }
      endowments[names[i]] = expose(provider.exportObject, r, provider.record, new Map(), true);
    }
    r.env.freeze(endowments);
    var params = Cu.cloneInto(JSON.parse(paramsJson), r.sandbox, {deepFreeze: true});
    var made = Cu.waiveXrays(maker)(endowments, params);
    var w = made === null || made === undefined ? made : Cu.waiveXrays(made);
    if (w === null || typeof w !== "object") {
      throw new TypeError("component " + inst + ": its maker must return an object, not "
          + (w === null ? "null" : typeof w));
    }
    r.env.freeze(w);
    instances[inst] = {record: r, exportObject: w};
  }

  return {
    // Runs the main module; returns null, or the JSON of its uncaught failure.
    runMain: function (inst, id) {
      try {
        instantiate(inst, id);
        return null;
      } catch (e) {
        return failureJson(e);
      }
    },
    // Builds component instance `inst`: returns null, or the JSON of the failure.
    make: function (inst, id, slotsJson, paramsJson) {
      try {
        make(inst, id, JSON.parse(slotsJson), paramsJson);
        return null;
      } catch (e) {
        return failureJson(e);
      }
    },
    // Calls method `name` of instance `inst`'s export object with JSON arguments: returns
    // {"value": result} or {"error": failure} as JSON.
    call: function (inst, name, argsJson) {
      try {
        var target = instances[inst];
        if (target === undefined) {
          throw new Error("no component instance " + inst);
        }
        var f = target.exportObject[name];
        if (typeof f !== "function") {
          throw new TypeError("component " + inst + " has no method " + name);
        }
        var args = Cu.waiveXrays(Cu.cloneInto(JSON.parse(argsJson), target.record.sandbox));
        var result = apply(Cu.waiveXrays(f), undefined, args);
        var out = result === null || typeof result !== "object" ? result : Cu.waiveXrays(result);
        return JSON.stringify({value: out === undefined ? null : out});
      } catch (e) {
        return JSON.stringify({error: asFailure(e)});
      }
    },
    // Runs the click listeners of status icon `label`: null, or the JSON of the first failure.
    click: function (label) {
      var icon = icons[label];
      if (icon === undefined) {
        return JSON.stringify({name: "Error", message: "no status icon " + label, file: "", line: 0});
      }
      for (var i = 0; i < icon.listeners.length; i++) {
        try {
          apply(icon.listeners[i], undefined, []);
        } catch (e) {
          return JSON.stringify(describe(e));
        }
      }
      return null;
    },
    // Runs due timers in order of their (virtual) time until none is left or `max` have run.
    runTimers: function (max) {
      var runs = 0;
      while (timers.length > 0 && runs < max) {
        var next = 0;
        for (var i = 1; i < timers.length; i++) {
          if (timers[i].due < timers[next].due
              || (timers[i].due === timers[next].due && timers[i].order < timers[next].order)) {
            next = i;
          }
        }
        var t = timers[next];
        now = t.due;
        if (t.interval >= 0) {
          t.due = now + t.interval;
          t.order = ++timerSeq;
        } else {
          timers.splice(next, 1);
        }
        runs++;
        try {
          apply(t.fn, undefined, t.args);
        } catch (e) {
          var d = describe(e);
          return JSON.stringify(d);
        }
      }
      return null;
    },
    pendingTimers: function () { return timers.length; }
  };
})();
