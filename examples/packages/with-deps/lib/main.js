const console = require("console");
const strings = require("strings");        // a bare package name: its main module, strings/main
const pad = require("strings/pad");        // pkg/module
const format = require("./util/format");   // relative, inside this package

console.log(format.line(strings.shout("dependencies"), pad.left("ok", 4)));
