// ReadOnlyTwitterAPI: an attenuating wrapper. It passes on two methods, without their arguments,
// and keeps post() to itself.
module.exports = function (endowments) {
  const twitter = endowments.twitter;
  return {
    countNewMessages: function () { return twitter.countNewMessages(); },
    inboxURL: function () { return twitter.inboxURL(); }
  };
};
