// PasswordSlot: one saved password. Chrome: the passwords module serves chrome modules only.
const {Cu} = require("chrome");
const passwords = require("passwords");

module.exports = function (endowments, params) {
  const slot = String(params.slot);
  return {
    get: function () {
      const password = passwords.get(slot);
      if (typeof password !== "string") {
        throw new Error("PasswordSlot: no password is saved in slot " + JSON.stringify(slot));
      }
      return password;
    }
  };
};
