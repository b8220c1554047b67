// Driver: the add-on's logic. Not chrome; it holds only a read-only account, one icon that shows
// counts, and a tab opener, so a fault here can at worst show a wrong count.
const console = require("console");
const timers = require("timers");

module.exports = function (endowments, params) {
  const twitter = endowments.twitter;
  const icon = endowments.icon;
  const tabs = endowments.tabs;
  const intervalMillis = params.interval * 1000;

  // One console line per poll. When the count cannot be read (service down, wrong password) the
  // icon shows "?" and polling goes on.
  function poll() {
    let count = null;
    try {
      count = twitter.countNewMessages();
      console.log("driver: " + count + " new messages");
    } catch (e) {
      console.log("driver: cannot count new messages: " + e.message);
    }
    icon.show(count);
  }

  icon.onClick(function () { tabs.open(twitter.inboxURL()); });
  const timer = timers.setInterval(poll, intervalMillis);

  return {
    stop: function () { timers.clearInterval(timer); }
  };
};
