const console = require("console");
const name = "./hid" + "den";

// Not in the manifest, so the loader refuses it: "Module: dynamic-require/main has no authority to load: ./hidden".
const hidden = require(name);
console.log(hidden.secret);
