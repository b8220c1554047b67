exports.CHAR = " ";
