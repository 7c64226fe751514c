/*
 * Drop-downs of the main menu (disclosure buttons, layout.xhtml): a button with aria-expanded shows or hides
 * its list of links. A resource file because the Content-Security-Policy forbids inline script; listeners sit
 * on the document so it works wherever the script is placed.
 */
(function () {
    'use strict';

    var TOGGLE = '.portal-nav__toggle';

    function setOpen(button, open) {
        var list = document.getElementById(button.getAttribute('aria-controls'));
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
        if (list) {
            list.hidden = !open;
        }
    }

    function openToggles() {
        return Array.prototype.slice.call(document.querySelectorAll(TOGGLE + '[aria-expanded="true"]'));
    }

    /* Closes every open drop-down that does not contain the given element. */
    function closeOutside(element) {
        openToggles().forEach(function (button) {
            if (!element || !button.parentNode.contains(element)) {
                setOpen(button, false);
            }
        });
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest(TOGGLE) : null;
        if (button) {
            closeOutside(button);
            setOpen(button, button.getAttribute('aria-expanded') !== 'true');
        } else {
            closeOutside(event.target);
        }
    });

    document.addEventListener('focusin', function (event) {
        closeOutside(event.target);
    });

    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape') {
            return;
        }
        openToggles().forEach(function (button) {
            var focusWasInside = button.parentNode.contains(document.activeElement);
            setOpen(button, false);
            if (focusWasInside) {
                button.focus();
            }
        });
    });
}());
