// Old-style chrome code: the scanner reports lines 4 and 5 and asks for require("chrome").
const console = require("console");

var file = Components.classes["@mozilla.org/file/local;1"].createInstance(Components.interfaces.nsIFile);
Components.utils.reportError("reached chrome without asking: " + file);
console.log("never printed: the loader refuses a package whose manifest has problems");
