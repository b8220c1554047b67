// The main module: requires a module of its own package and the low-level console.
const console = require("console");
const greet = require("./greet");

console.log(greet.hello("world"));
