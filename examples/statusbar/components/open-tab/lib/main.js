// OpenTab: opens web pages. Chrome: the tabs module serves chrome modules only. Only http(s) URLs
// with a host pass, so no javascript:, data:, file: or chrome page can be opened through it.
const {Cu} = require("chrome");
const tabs = require("tabs");

const WEB_URL = /^https?:\/\/[^\/\\\s?#@]+(\/[^\s]*)?$/i;

module.exports = function () {
  return {
    open: function (url) {
      if (typeof url !== "string" || !WEB_URL.test(url)) {
        throw new TypeError("OpenTab: " + JSON.stringify(url) + " is not an http or https URL");
      }
      tabs.open(url);
    }
  };
};
