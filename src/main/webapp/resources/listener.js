// The listener page's players: a preview played to the end posts "complete", one stopped within the
// first seconds posts "skip" (through the page's signals form, so the events API sees real signals);
// the radio's player moves on to the next track at the end of each one.
(function () {
    'use strict';
    var EARLY_SECONDS = 5;

    function signal(track, type) {
        var t = document.getElementById('signals:track');
        var k = document.getElementById('signals:type');
        var send = document.getElementById('signals:send');
        if (!t || !k || !send || !track) {
            return;
        }
        t.value = track;
        k.value = type;
        send.click();
    }

    function nextOnRadio(player) {
        var items = document.querySelectorAll('#radio-list li[data-track]');
        for (var i = 0; i < items.length - 1; i++) {
            if (items[i].getAttribute('data-track') === player.getAttribute('data-track')) {
                var next = items[i + 1];
                items[i].classList.remove('now');
                next.classList.add('now');
                player.setAttribute('data-track', next.getAttribute('data-track'));
                player.src = next.getAttribute('data-src');
                player.play();
                return;
            }
        }
    }

    // Media events do not bubble; listening in the capture phase covers players re-rendered by Ajax.
    document.addEventListener('playing', function (e) {
        var a = e.target;
        if (a.tagName !== 'AUDIO') {
            return;
        }
        a.setAttribute('data-state', 'playing');
        document.querySelectorAll('audio').forEach(function (o) {
            if (o !== a && !o.paused) {
                o.pause();
            }
        });
    }, true);
    document.addEventListener('ended', function (e) {
        var a = e.target;
        if (a.tagName !== 'AUDIO') {
            return;
        }
        a.setAttribute('data-state', 'ended');
        signal(a.getAttribute('data-track'), 'complete');
        if (a.id === 'radio-player') {
            nextOnRadio(a);
        }
    }, true);
    document.addEventListener('pause', function (e) {
        var a = e.target;
        if (a.tagName !== 'AUDIO' || a.ended) {
            return;
        }
        if (a.currentTime < EARLY_SECONDS) {
            a.setAttribute('data-state', 'skipped');
            signal(a.getAttribute('data-track'), 'skip');
        } else {
            a.setAttribute('data-state', 'paused');
        }
    }, true);
    document.addEventListener('error', function (e) {
        if (e.target.tagName === 'AUDIO') {
            e.target.setAttribute('data-state', 'no-audio');
        }
    }, true);
})();
