// A plain module: no requires, no chrome. It runs with a null principal of its own.
exports.hello = function (who) {
  return "Hello, " + who + "!";
};
