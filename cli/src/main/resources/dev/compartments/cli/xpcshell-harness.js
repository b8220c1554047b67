// The xpcshell-style test harness of `compartments test`: Assert, info, add_task, add_test,
// run_next_test. Evaluated in each test file's fresh system global before the file itself.
(function (global, testFile) {
  "use strict";
  var queue = [];
  var next = 0;
  var failures = [];
  var finished = false;

  function lineOf(error) {
    var stack = String((error && error.stack) || "");
    var lines = stack.split("\n");
    for (var i = 0; i < lines.length; i++) {
      var at = lines[i].lastIndexOf(testFile + ":");
      if (at >= 0) {
        var match = /^(\d+)/.exec(lines[i].substring(at + testFile.length + 1));
        if (match) {
          return Number(match[1]);
        }
      }
    }
    return 0;
  }

  function AssertionFailure(message) {
    this.message = message;
    this.where = new Error(message);
  }

  function fail(message) {
    throw new AssertionFailure(message);
  }

  function record(error) {
    if (error instanceof AssertionFailure) {
      failures.push({ message: error.message, line: lineOf(error.where) });
    } else if (error && typeof error === "object" && "message" in error) {
      failures.push({ message: (error.name || "Error") + ": " + error.message, line: lineOf(error) });
    } else {
      failures.push({ message: "uncaught exception: " + String(error), line: 0 });
    }
  }

  function show(value) {
    try {
      if (typeof value === "string") {
        return JSON.stringify(value);
      }
      return String(value);
    } catch (e) {
      return "[object]";
    }
  }

  function deepEqual(a, b, seen) {
    if (a === b) {
      return a !== 0 || 1 / a === 1 / b;
    }
    if (typeof a === "number" && typeof b === "number") {
      return a !== a && b !== b;
    }
    if (a === null || b === null || typeof a !== "object" || typeof b !== "object") {
      return false;
    }
    if (Object.prototype.toString.call(a) !== Object.prototype.toString.call(b)) {
      return false;
    }
    if (a instanceof Date || Object.prototype.toString.call(a) === "[object Date]") {
      return a.getTime() === b.getTime();
    }
    if (Object.prototype.toString.call(a) === "[object RegExp]") {
      return String(a) === String(b);
    }
    for (var i = 0; i < seen.length; i++) {
      if (seen[i][0] === a && seen[i][1] === b) {
        return true;
      }
    }
    seen.push([a, b]);
    var ka = Object.keys(a);
    var kb = Object.keys(b);
    if (ka.length !== kb.length) {
      return false;
    }
    for (var j = 0; j < ka.length; j++) {
      if (!Object.prototype.hasOwnProperty.call(b, ka[j]) || !deepEqual(a[ka[j]], b[ka[j]], seen)) {
        return false;
      }
    }
    return true;
  }

  function matches(error, expected) {
    if (expected === undefined) {
      return true;
    }
    if (expected instanceof RegExp) {
      return expected.test(String(error && error.message !== undefined ? (error.name + ": " + error.message) : error))
          || (error && expected.test(String(error.message)));
    }
    if (typeof expected === "function") {
      try {
        if (expected.prototype !== undefined && error instanceof expected) {
          return true;
        }
      } catch (notAConstructor) {
        // an arrow function used as a predicate
      }
      try {
        return expected(error) === true;
      } catch (e) {
        return false;
      }
    }
    if (typeof expected === "object" && expected !== null) {
      for (var key in expected) {
        if (!error || error[key] !== expected[key]) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  var Assert = {
    ok: function (value, message) {
      if (!value) fail(message || "Expected a truthy value, got " + show(value));
    },
    equal: function (actual, expected, message) {
      if (!(actual == expected)) fail(message || show(actual) + " == " + show(expected));
    },
    notEqual: function (actual, expected, message) {
      if (actual == expected) fail(message || show(actual) + " != " + show(expected));
    },
    strictEqual: function (actual, expected, message) {
      if (actual !== expected) fail(message || show(actual) + " === " + show(expected));
    },
    notStrictEqual: function (actual, expected, message) {
      if (actual === expected) fail(message || show(actual) + " !== " + show(expected));
    },
    deepEqual: function (actual, expected, message) {
      if (!deepEqual(actual, expected, [])) fail(message || "deepEqual: " + show(actual) + " vs " + show(expected));
    },
    throws: function (block, expected, message) {
      if (typeof expected === "string" && message === undefined) {
        message = expected;
        expected = undefined;
      }
      try {
        block();
      } catch (e) {
        if (!matches(e, expected)) {
          fail((message ? message + ": " : "") + "threw " + show(e && e.message !== undefined ? e.name + ": " + e.message : e)
              + ", which does not match " + show(expected));
        }
        return;
      }
      fail(message || "Expected an exception");
    },
  };
  Object.freeze(Assert);

  function runNext() {
    while (next < queue.length) {
      var entry = queue[next++];
      var result;
      try {
        result = entry.fn();
      } catch (e) {
        record(e);
        continue;
      }
      if (entry.kind === "test") {
        return; // an add_test function calls run_next_test() when it is done
      }
      if (result && typeof result.then === "function") {
        result.then(runNext, function (e) { record(e); runNext(); });
        return;
      }
    }
    finished = true;
  }

  Object.defineProperty(global, "Assert", { value: Assert });
  Object.defineProperty(global, "info", { value: function (message) { print("TEST-INFO | " + message); } });
  Object.defineProperty(global, "add_task", { value: function (fn) { queue.push({ kind: "task", fn: fn }); return fn; } });
  Object.defineProperty(global, "add_test", { value: function (fn) { queue.push({ kind: "test", fn: fn }); return fn; } });
  Object.defineProperty(global, "run_next_test", { value: runNext });
  Object.defineProperty(global, "__harness", {
    value: {
      start: function () {
        try {
          if (typeof global.run_test === "function") {
            global.run_test();
            if (queue.length === 0) {
              finished = true;
            }
          } else {
            runNext();
          }
        } catch (e) {
          record(e);
          finished = true;
        }
      },
      report: function () {
        if (!finished) {
          failures.push({ message: "the test did not finish: a test did not call run_next_test() or a task never settled", line: 0 });
        }
        return JSON.stringify(failures);
      },
    },
  });
})(this, __testFile);
