// StatusIcon: one status bar icon. Chrome: the statusbar module serves chrome modules only.
// It shows counts and nothing else, so whoever holds it cannot put other text in the status bar.
const {Cu} = require("chrome");
const statusbar = require("statusbar");

module.exports = function (endowments, params) {
  const icon = statusbar.icon(String(params.label));
  return {
    show: function (count) {
      if (count === null) {
        icon.setText("?");
      } else if (Number.isSafeInteger(count) && count >= 0) {
        icon.setText(String(count));
      } else {
        throw new TypeError("StatusIcon: show takes a count (an integer >= 0) or null, not " + JSON.stringify(count));
      }
    },
    onClick: function (listener) {
      if (typeof listener !== "function") {
        throw new TypeError("StatusIcon: onClick takes a function");
      }
      icon.onClick(function () { listener(); });
    }
  };
};
