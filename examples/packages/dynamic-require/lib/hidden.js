exports.secret = "never printed";
