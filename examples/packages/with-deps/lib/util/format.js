// ../ climbs out of lib/util, still inside the package.
const pad = require("../pad-char");

exports.line = function (a, b) {
  return a + pad.CHAR + b;
};
