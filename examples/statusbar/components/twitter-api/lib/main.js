// TwitterAPI: speaks the service's protocol. Not chrome: it reaches the network and the password
// only through its two endowments.
module.exports = function (endowments) {
  const xhr = endowments.xhr;
  const password = endowments.password;

  function signedIn(headers) {
    headers.Authorization = "Bearer " + password.get();
    return headers;
  }

  return {
    countNewMessages: function () {
      const response = xhr.get("/api/unread", signedIn({Accept: "application/json"}));
      if (response.status !== 200) {
        throw new Error("TwitterAPI: GET /api/unread answered " + response.status);
      }
      const count = JSON.parse(response.body).count;
      if (!Number.isSafeInteger(count) || count < 0) {
        throw new Error("TwitterAPI: GET /api/unread gave no count: " + response.body);
      }
      return count;
    },
    post: function (text) {
      const body = JSON.stringify({text: String(text)});
      const response = xhr.post("/api/messages", body, signedIn({"Content-Type": "application/json"}));
      if (response.status !== 201) {
        throw new Error("TwitterAPI: POST /api/messages answered " + response.status);
      }
      return true;
    },
    inboxURL: function () {
      return xhr.origin() + "/inbox";
    }
  };
};
