/* Live countdown. The server's clock is the authority: the page carries the server's "now",
   and the browser only advances it; at zero the page reloads so the server says what is open. */
(function () {
  var boxes = document.querySelectorAll ? document.querySelectorAll(".countdown") : [];
  if (!boxes.length) { return; }
  var loadedAt = new Date().getTime();
  function pad(n) { return n < 10 ? "0" + n : "" + n; }
  function tick() {
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i];
      var serverNow = Date.parse(box.getAttribute("data-server-now"));
      var until = Date.parse(box.getAttribute("data-until"));
      if (isNaN(serverNow) || isNaN(until)) { continue; }
      var left = Math.max(0, Math.floor((until - serverNow - (new Date().getTime() - loadedAt)) / 1000));
      if (left === 0) { window.location.reload(); return; }
      box.querySelector(".d").innerHTML = Math.floor(left / 86400);
      box.querySelector(".h").innerHTML = pad(Math.floor(left % 86400 / 3600));
      box.querySelector(".m").innerHTML = pad(Math.floor(left % 3600 / 60));
      box.querySelector(".s").innerHTML = pad(left % 60);
    }
  }
  tick();
  window.setInterval(tick, 1000);
})();
