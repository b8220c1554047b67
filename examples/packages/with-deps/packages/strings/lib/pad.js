exports.left = function (text, width) {
  var out = String(text);
  while (out.length < width) {
    out = "." + out;
  }
  return out;
};
