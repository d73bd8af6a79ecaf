/*
 * Guangdong Strategic Cluster Map: the optional loader for a responsive embed.
 * Sets the height of every <iframe data-gd-cluster-map> on the page to the
 * height its map asks for (a message { type: 'gd-cluster-map:height', height }
 * from the iframe's window; src/publish/embedProtocol.ts). No other effect.
 */
(function () {
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'gd-cluster-map:height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.querySelectorAll('iframe[data-gd-cluster-map]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.max(300, Math.min(4000, Math.round(data.height))) + 'px';
    }
  });
})();
