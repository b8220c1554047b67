// RestrictedXHR: HTTP to http://<domain> only. Callers name a path; the host is fixed at make time.
// Chrome: xhr.forOrigin is for chrome modules only, and this module is the only one that calls it.
const {Cu} = require("chrome");
const xhr = require("xhr");

const DOMAIN = /^[A-Za-z0-9.-]+(:[0-9]{1,5})?$/;
// No "//" (a new authority), no ".." (dot segments), no backslash, no whitespace or control character.
const UNSAFE = /\/\/|\.\.|\\|[\s\u0000-\u001f\u007f]/;

module.exports = function (endowments, params) {
  const domain = params.domain;
  if (typeof domain !== "string" || !DOMAIN.test(domain)) {
    throw new TypeError("RestrictedXHR: domain " + JSON.stringify(domain) + " is not a host or host:port");
  }
  const requester = xhr.forOrigin("http://" + domain);
  const origin = requester.origin;

  function send(method, path, body, headers) {
    if (typeof path !== "string" || path.charAt(0) !== "/" || UNSAFE.test(path)) {
      throw new TypeError("RestrictedXHR: path " + JSON.stringify(String(path))
          + " refused: a path starts with \"/\" and has no \"//\", \"..\", backslash or whitespace");
    }
    const response = requester.request({method: method, url: origin + path, body: body, headers: headers});
    return {status: response.status, body: response.body};
  }

  return {
    get: function (path, headers) { return send("GET", path, null, headers); },
    post: function (path, body, headers) { return send("POST", path, String(body), headers); },
    origin: function () { return origin; }
  };
};
