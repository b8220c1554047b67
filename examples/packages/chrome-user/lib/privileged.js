// The one chrome module of the package: the manifest marks it "chrome": true because of this line.
const {Cc, Ci, Cu} = require("chrome");

exports.hasChrome = function () {
  return typeof Cu === "object" && Cu !== null;
};
