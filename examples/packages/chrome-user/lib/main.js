// Not chrome: it reaches chrome authority only through what ./privileged chooses to export.
const console = require("console");
const privileged = require("./privileged");

console.log("privileged module has chrome:", privileged.hasChrome());
