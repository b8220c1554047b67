exports.shout = function (text) {
  return String(text).toUpperCase() + "!";
};
