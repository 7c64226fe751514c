/*
 * While a request to the portal runs (a global PrimeFaces Ajax request or a plain form post), its buttons are
 * disabled so nothing is sent twice, and after two seconds the notice in #portal-slow (layout.xhtml, a live region
 * with role="status") says that the service desk system is slow and the work is still going on.
 * PortalBusy.watch()/done() show the notice for a background request that leaves the buttons alone (Home's figures).
 * A resource file because the Content-Security-Policy forbids inline script.
 */
(function () {
    'use strict';

    var SLOW_AFTER_MS = 2000;
    var BUTTONS = 'button[type="submit"], input[type="submit"], button.ui-button:not([type="button"])';
    var watched = 0;
    var blocking = 0;
    var timer = null;

    function setNoticeShown(shown) {
        var text = document.getElementById('portal-slow-text');
        if (text) {
            text.hidden = !shown;
        }
    }

    function setButtonsDisabled(disabled) {
        Array.prototype.forEach.call(document.querySelectorAll(BUTTONS), function (button) {
            if (disabled && !button.disabled) {
                button.disabled = true;
                button.setAttribute('data-portal-busy', 'true');
            } else if (!disabled && button.getAttribute('data-portal-busy') === 'true') {
                button.disabled = false;
                button.removeAttribute('data-portal-busy');
            }
        });
    }

    function watch() {
        watched++;
        if (watched === 1) {
            timer = window.setTimeout(function () {
                setNoticeShown(true);
            }, SLOW_AFTER_MS);
        }
    }

    function done() {
        watched = Math.max(0, watched - 1);
        if (watched === 0) {
            window.clearTimeout(timer);
            timer = null;
            setNoticeShown(false);
        }
    }

    function started() {
        blocking++;
        if (blocking === 1) {
            document.body.setAttribute('aria-busy', 'true');
            setButtonsDisabled(true);
        }
        watch();
    }

    function finished() {
        blocking = Math.max(0, blocking - 1);
        if (blocking === 0) {
            document.body.removeAttribute('aria-busy');
            setButtonsDisabled(false);
        }
        done();
    }

    window.PortalBusy = {watch: watch, done: done};

    /* PrimeFaces announces its global Ajax requests on the document (jQuery events). */
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxSend', started).on('pfAjaxComplete', finished);
    }

    /* A plain post: the buttons are disabled only after the browser has read the form, so the clicked one counts. */
    document.addEventListener('submit', function (event) {
        if (!event.defaultPrevented) {
            window.setTimeout(started, 0);
        }
    });

    /* Back from the browser's page cache: nothing is running any more. */
    window.addEventListener('pageshow', function (event) {
        if (event.persisted) {
            blocking = 1;
            watched = 1;
            finished();
        }
    });
}());
